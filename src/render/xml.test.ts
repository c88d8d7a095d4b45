import { describe, expect, it } from 'vitest';
import { wrapText } from './xml.ts';

describe('wrapText(text, width)', () => {
  it('breaks at spaces into lines of at most width characters', () => {
    expect(wrapText('Source: HMICFRS, Metropolitan Police Service', 20)).toEqual(['Source: HMICFRS,', 'Metropolitan Police', 'Service']);
  });

  it('cuts a word longer than a line, such as a URL, into pieces', () => {
    expect(wrapText('see https://example.org/a/long/path', 12)).toEqual(['see', 'https://exam', 'ple.org/a/lo', 'ng/path']);
  });

  it('gives no lines for empty text', () => {
    expect(wrapText('  ', 10)).toEqual([]);
  });
});
