import { describe, expect, it } from 'vitest';
import { rate } from './rate.ts';

describe('rate', () => {
  it('rate(459, 524) returns 459 / 524', () => {
    expect(rate(459, 524)).toBe(459 / 524);
  });

  it('rate(0, n) returns 0 and rate(n, n) returns 1', () => {
    expect(rate(0, 10)).toBe(0);
    expect(rate(10, 10)).toBe(1);
  });

  it('rate(x, n) throws a RangeError for n <= 0', () => {
    expect(() => rate(0, 0)).toThrow(RangeError);
    expect(() => rate(0, -1)).toThrow(RangeError);
  });

  it('rate(x, n) throws a RangeError for x < 0 or x > n', () => {
    expect(() => rate(-1, 10)).toThrow(RangeError);
    expect(() => rate(11, 10)).toThrow(RangeError);
  });

  it('rate(x, n) throws a RangeError for NaN', () => {
    expect(() => rate(Number.NaN, 10)).toThrow(RangeError);
    expect(() => rate(1, Number.NaN)).toThrow(RangeError);
  });
});
