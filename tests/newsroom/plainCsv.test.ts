import { describe, expect, it } from 'vitest';
import { readStrictCsv } from './plainCsv.ts';

describe('readStrictCsv(text)', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes and a leading byte-order mark', () => {
    expect(readStrictCsv('\uFEFFa,b\n"x, y","say ""hi"""\r\n"two\nlines",\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', ''],
    ]);
  });

  it('has no comment lines: "# …" is a record of its own', () => {
    expect(readStrictCsv('# title: x\na,b\n')).toEqual([['# title: x'], ['a', 'b']]);
  });

  it('rejects a stray quote, an unclosed quote, text after a closing quote and a missing final line end', () => {
    expect(() => readStrictCsv('a,b"c\n')).toThrow('line 1: a quote in an unquoted field');
    expect(() => readStrictCsv('a\n"b\n')).toThrow('a quoted field is not closed');
    expect(() => readStrictCsv('"a"b\n')).toThrow('"b" after a quoted field');
    expect(() => readStrictCsv('a,b')).toThrow('the last record has no line end');
  });
});
