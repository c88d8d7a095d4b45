import { describe, expect, it } from 'vitest';
import { formatCount } from './formatCount.ts';

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
