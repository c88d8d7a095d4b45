import { describe, expect, it } from 'vitest';
import { agreesWithPrinted, formatCount, formatDate, formatHalfWidth, formatOver, formatPercent } from './format.ts';

describe('formatPercent', () => {
  it('formatPercent(89.5, 1) returns "89.5%"', () => {
    expect(formatPercent(89.5, 1)).toBe('89.5%');
  });

  it('formatPercent(91, 0) returns "91%"', () => {
    expect(formatPercent(91, 0)).toBe('91%');
  });

  it('formatPercent(87.5954, 1) returns "87.6%"', () => {
    expect(formatPercent(87.5954, 1)).toBe('87.6%');
  });

  it('formatPercent(value, decimals) keeps trailing zeros to the printed precision', () => {
    expect(formatPercent(91, 1)).toBe('91.0%');
    expect(formatPercent(85.49, 2)).toBe('85.49%');
    expect(formatPercent(0.05, 1)).toBe('0.1%');
    expect(formatPercent(0, 2)).toBe('0.00%');
  });

  it('formatPercent(value, decimals) rounds half away from zero, as printed', () => {
    expect(formatPercent(1.005, 2)).toBe('1.01%');
    expect(formatPercent(87.65, 1)).toBe('87.7%');
    expect(formatPercent(0.5, 0)).toBe('1%');
    expect(formatPercent(-2.5, 0)).toBe('-3%');
    expect(formatPercent(-1.005, 2)).toBe('-1.01%');
  });

  it('formatPercent(value, decimals) reads values whose text has an exponent', () => {
    expect(formatPercent(1e-7, 2)).toBe('0.00%');
    expect(formatPercent(5e-7, 6)).toBe('0.000001%');
  });

  it('formatPercent(value, decimals) never prints "-0"', () => {
    expect(formatPercent(-0.04, 1)).toBe('0.0%');
    expect(formatPercent(-0, 0)).toBe('0%');
  });

  it('formatPercent(value, decimals) throws a RangeError for a non-finite value or bad decimals', () => {
    expect(() => formatPercent(Number.NaN, 1)).toThrow(RangeError);
    expect(() => formatPercent(50, -1)).toThrow(RangeError);
    expect(() => formatPercent(50, 1.5)).toThrow(RangeError);
  });
});

describe('formatHalfWidth', () => {
  it('formatHalfWidth(1.64, 2) returns "±1.64"', () => {
    expect(formatHalfWidth(1.64, 2)).toBe('±1.64');
  });

  it('formatHalfWidth(2.8209, 2) returns "±2.82"', () => {
    expect(formatHalfWidth(2.8209, 2)).toBe('±2.82');
  });

  it('formatHalfWidth(value, decimals) keeps the printed precision', () => {
    expect(formatHalfWidth(1.6, 2)).toBe('±1.60');
    expect(formatHalfWidth(2.89, 1)).toBe('±2.9');
  });

  it('formatHalfWidth(value, decimals) throws a RangeError for a negative or NaN half-width', () => {
    expect(() => formatHalfWidth(-1.64, 2)).toThrow(RangeError);
    expect(() => formatHalfWidth(Number.NaN, 2)).toThrow(RangeError);
  });
});

describe('formatCount', () => {
  it('formatCount(94500) returns "94,500"', () => {
    expect(formatCount(94_500)).toBe('94,500');
  });

  it('formatCount(1035) returns "1,035"', () => {
    expect(formatCount(1035)).toBe('1,035');
  });

  it('formatCount(9) returns "9"', () => {
    expect(formatCount(9)).toBe('9');
  });

  it('formatCount(n) groups every three digits', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(805_500)).toBe('805,500');
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });

  it('formatCount(-n) puts the sign before the digits, and never prints "-0"', () => {
    expect(formatCount(-1035)).toBe('-1,035');
    expect(formatCount(-0)).toBe('0');
  });

  it('formatCount(n) throws a RangeError for a fraction or a non-finite number', () => {
    expect(() => formatCount(94_500.5)).toThrow(RangeError);
    expect(() => formatCount(Number.NaN)).toThrow(RangeError);
    expect(() => formatCount(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('formatOver', () => {
  it('formatOver(94500) returns "over 94,500"', () => {
    expect(formatOver(94_500)).toBe('over 94,500');
  });

  it('formatOver(490) returns "over 490"', () => {
    expect(formatOver(490)).toBe('over 490');
  });

  it('formatOver(n) throws a RangeError for a count that is not whole', () => {
    expect(() => formatOver(94_499.9)).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it('formatDate("2018-07-17") returns "17 July 2018"', () => {
    expect(formatDate('2018-07-17')).toBe('17 July 2018');
  });
  it('formatDate("2016-02-29") keeps a leap day and drops the leading zero', () => {
    expect(formatDate('2016-02-09')).toBe('9 February 2016');
    expect(formatDate('2016-02-29')).toBe('29 February 2016');
  });
});

describe('agreesWithPrinted', () => {
  it('agreesWithPrinted(87.5954, 87.6 to 1 decimal) returns true', () => {
    expect(agreesWithPrinted(87.5954, { value: 87.6, decimals: 1 })).toBe(true);
  });

  it('agreesWithPrinted(87.5954, 87.5 to 1 decimal) returns false', () => {
    expect(agreesWithPrinted(87.5954, { value: 87.5, decimals: 1 })).toBe(false);
  });

  it('agreesWithPrinted(91.04, 91 to 0 decimals) returns true', () => {
    expect(agreesWithPrinted(91.04, { value: 91, decimals: 0 })).toBe(true);
  });

  it('agreesWithPrinted(91.04, 91.0 to 1 decimal) returns true, but not to 2 decimals', () => {
    expect(agreesWithPrinted(91.04, { value: 91, decimals: 1 })).toBe(true);
    expect(agreesWithPrinted(91.04, { value: 91, decimals: 2 })).toBe(false);
  });

  it('agreesWithPrinted(computed, printed) accepts a value exactly half a unit away, on either side', () => {
    expect(agreesWithPrinted(87.65, { value: 87.6, decimals: 1 })).toBe(true);
    expect(agreesWithPrinted(87.65, { value: 87.7, decimals: 1 })).toBe(true);
    expect(agreesWithPrinted(2.825, { value: 2.82, decimals: 2 })).toBe(true);
  });

  it('agreesWithPrinted(computed, printed) rejects a value just beyond half a unit', () => {
    expect(agreesWithPrinted(87.6501, { value: 87.6, decimals: 1 })).toBe(false);
    expect(agreesWithPrinted(1.6081, { value: 1.64, decimals: 2 })).toBe(false);
  });
});
