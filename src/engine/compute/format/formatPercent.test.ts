import { describe, expect, it } from 'vitest';
import { formatPercent } from './formatPercent.ts';

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
