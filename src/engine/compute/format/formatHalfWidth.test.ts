import { describe, expect, it } from 'vitest';
import { formatHalfWidth } from './formatHalfWidth.ts';

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
