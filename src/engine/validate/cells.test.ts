import { describe, expect, it } from 'vitest';
import { optionalYesNo, parsePrintedNumber } from './cells.ts';

describe('parsePrintedNumber', () => {
  it('parsePrintedNumber("91") returns 91 to 0 decimals', () => {
    expect(parsePrintedNumber('91')).toEqual({ value: 91, decimals: 0 });
  });

  it('parsePrintedNumber("91.0") returns 91 to 1 decimal', () => {
    expect(parsePrintedNumber('91.0')).toEqual({ value: 91, decimals: 1 });
  });

  it('parsePrintedNumber("85.49") returns 85.49 to 2 decimals', () => {
    expect(parsePrintedNumber('85.49')).toEqual({ value: 85.49, decimals: 2 });
  });

  it('parsePrintedNumber("0.5") returns 0.5 to 1 decimal', () => {
    expect(parsePrintedNumber('0.5')).toEqual({ value: 0.5, decimals: 1 });
  });

  it('parsePrintedNumber(" 89.5 ") ignores surrounding whitespace', () => {
    expect(parsePrintedNumber(' 89.5 ')).toEqual({ value: 89.5, decimals: 1 });
    expect(parsePrintedNumber('\t1.64\n')).toEqual({ value: 1.64, decimals: 2 });
  });

  it('parsePrintedNumber("-3") returns -3, so that a caller can report it as negative', () => {
    expect(parsePrintedNumber('-3')).toEqual({ value: -3, decimals: 0 });
    expect(parsePrintedNumber('-2.50')).toEqual({ value: -2.5, decimals: 2 });
  });

  it('parsePrintedNumber(text) returns null for anything but a plain numeral', () => {
    for (const text of ['', ' ', '1,035', 'abc', '1e3', '-', '12.', '.5', 'NaN', 'Infinity', '+3', '0x10', '1 000', '89.5%', '1.2.3']) {
      expect(parsePrintedNumber(text), text).toBeNull();
    }
  });
});

describe('optionalYesNo', () => {
  it('optionalYesNo reads an audit answer as a spreadsheet user types it: yes/y/no/n in any case, empty as not applicable', () => {
    for (const [text, value] of [['yes', true], ['Yes', true], ['YES', true], ['y', true], [' Y ', true], ['no', false], ['No', false], ['n', false], ['N', false], ['', null]] as const) {
      expect(optionalYesNo.parse(text), text).toBe(value);
    }
  });

  it('optionalYesNo refuses anything else, quoting it', () => {
    const result = optionalYesNo.safeParse('maybe');
    expect(result.error?.issues.map((i) => i.message)).toEqual(['expected "yes", "no" (or "y", "n") or nothing, got "maybe"']);
    expect(optionalYesNo.safeParse('yeah').success).toBe(false);
  });
});
