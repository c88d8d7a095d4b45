import { describe, expect, it } from 'vitest';
import { roundDownSignificant } from './roundDownSignificant.ts';

describe('roundDownSignificant', () => {
  it('roundDownSignificant(94500) returns 94,500', () => {
    expect(roundDownSignificant(94_500)).toBe(94_500);
  });

  it('roundDownSignificant(805500 × 0.105 / 0.895) returns 94,500 despite the float tail', () => {
    const value = (805_500 * 0.105) / 0.895;
    expect(Math.abs(value - 94_500)).toBeLessThan(1e-6);
    expect(roundDownSignificant(value)).toBe(94_500);
    expect(roundDownSignificant(94_500 - 1e-9)).toBe(94_500);
  });

  it('roundDownSignificant(28149) returns 28,100', () => {
    expect(roundDownSignificant(28_149)).toBe(28_100);
  });

  it('roundDownSignificant(1899.7) returns 1,890', () => {
    expect(roundDownSignificant(1899.7)).toBe(1890);
  });

  it('roundDownSignificant(24399) returns 24,300', () => {
    expect(roundDownSignificant(24_399)).toBe(24_300);
  });

  it('roundDownSignificant(490.8) returns 490', () => {
    expect(roundDownSignificant(490.8)).toBe(490);
  });

  it('roundDownSignificant(493, 2) returns 490, but roundDownSignificant(493) keeps all three figures', () => {
    expect(roundDownSignificant(493, 2)).toBe(490);
    expect(roundDownSignificant(493)).toBe(493);
  });

  it('roundDownSignificant(0) returns 0', () => {
    expect(roundDownSignificant(0)).toBe(0);
  });

  it('roundDownSignificant(value) keeps values with few enough figures unchanged', () => {
    expect(roundDownSignificant(49)).toBe(49);
    expect(roundDownSignificant(7)).toBe(7);
  });

  it('roundDownSignificant(value, digits) keeps the given number of figures', () => {
    expect(roundDownSignificant(94_567, 2)).toBe(94_000);
    expect(roundDownSignificant(94_567, 1)).toBe(90_000);
    expect(roundDownSignificant(94_567, 4)).toBe(94_560);
    expect(roundDownSignificant(0.012_349, 3)).toBe(0.0123);
  });

  it('roundDownSignificant(value, digits) throws a RangeError for a negative or non-finite value', () => {
    expect(() => roundDownSignificant(-1)).toThrow(RangeError);
    expect(() => roundDownSignificant(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => roundDownSignificant(Number.NaN)).toThrow(RangeError);
  });

  it('roundDownSignificant(value, digits) throws a RangeError for digits that are not a whole number from 1 to 12', () => {
    expect(() => roundDownSignificant(100, 0)).toThrow(RangeError);
    expect(() => roundDownSignificant(100, 2.5)).toThrow(RangeError);
    expect(() => roundDownSignificant(100, 13)).toThrow(RangeError);
  });
});
