import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../vocabulary.ts';
import { readText } from './readText.ts';

const root = mkdtempSync(join(tmpdir(), 'cdi-readtext-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function read(file: string, bytes: number[] | string) {
  writeFileSync(join(root, file), typeof bytes === 'string' ? bytes : Buffer.from(bytes));
  const result = readText(root, file);
  return 'problem' in result ? formatProblem(result.problem) : result.text;
}

describe('readText()', () => {
  it('readText() returns UTF-8 text as it is', () => {
    expect(read('a.csv', 'id\nCrème — “quoted”\n')).toBe('id\nCrème — “quoted”\n');
  });

  it('readText() drops a byte-order mark', () => {
    expect(read('bom.csv', [0xef, 0xbb, 0xbf, 0x69, 0x64])).toBe('id');
  });

  it('readText() rejects Windows-1252 text, naming the line, column and byte of the first bad character', () => {
    // "id\nCrème" as a spreadsheet saves it without "CSV UTF-8".
    expect(read('cp1252.csv', [0x69, 0x64, 0x0a, 0x43, 0x72, 0xe8, 0x6d, 0x65])).toBe(
      'cp1252.csv:2:3: error: the file is not valid UTF-8 (byte 0xe8 at byte 5); save it as "CSV UTF-8"',
    );
  });

  it('readText() names a stray byte after a complete multi-byte character, and a truncated character at the end', () => {
    expect(read('stray.md', [0x41, 0xc3, 0xa9, 0x96])).toBe('stray.md:1:4: error: the file is not valid UTF-8 (byte 0x96 at byte 3); save it as UTF-8');
    expect(read('end.csv', [0x41, 0x0a, 0x42, 0xe8])).toMatch(/^end\.csv:2:2: error: the file is not valid UTF-8 \(byte 0xe8 at byte 3\)/);
  });
});
