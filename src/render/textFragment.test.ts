import { describe, expect, it } from 'vitest';
import { textFragment } from './textFragment.ts';

describe('textFragment(url, text)', () => {
  it('appends the printed figure as a text fragment, encoding spaces, commas, hyphens and ampersands', () => {
    expect(textFragment('https://example.org/r/', '92.4 per cent')).toBe('https://example.org/r/#:~:text=92.4%20per%20cent');
    expect(textFragment('https://example.org/r/', 'over 5,100')).toBe('https://example.org/r/#:~:text=over%205%2C100');
    expect(textFragment('https://example.org/r/', 'well-being & 3')).toBe('https://example.org/r/#:~:text=well%2Dbeing%20%26%203');
  });
  it('keeps a fragment the address already has', () => {
    expect(textFragment('https://example.org/r/#findings', '79%')).toBe('https://example.org/r/#findings:~:text=79%25');
  });
});
