import { describe, expect, it } from 'vitest';
import { twoProportionTest } from './twoProportionTest.ts';

describe('twoProportionTest', () => {
  it('twoProportionTest(80, 100, 90, 100) returns z = 1.98, p = 0.048, significant', () => {
    // Pooled p = 0.85, se = √(0.85·0.15·(1/100 + 1/100)) = √0.00255.
    const result = twoProportionTest(80, 100, 90, 100);
    expect(result.difference).toBeCloseTo(0.1, 15);
    expect(result.z).toBeCloseTo(0.1 / Math.sqrt(0.00255), 12);
    expect(result.pValue).toBeCloseTo(0.0477, 4);
    expect(result.significant).toBe(true);
  });

  it('twoProportionTest(85, 100, 90, 100) returns p = 0.285, not significant', () => {
    const result = twoProportionTest(85, 100, 90, 100);
    expect(result.z).toBeCloseTo(0.05 / Math.sqrt(0.875 * 0.125 * 0.02), 12);
    expect(result.pValue).toBeCloseTo(0.285, 3);
    expect(result.significant).toBe(false);
  });

  it('twoProportionTest(x1, n1, x2, n2) returns a negative difference and z when the second rate is lower', () => {
    const result = twoProportionTest(90, 100, 80, 100);
    expect(result.difference).toBeCloseTo(-0.1, 15);
    expect(result.z).toBeLessThan(0);
    expect(result.pValue).toBeCloseTo(twoProportionTest(80, 100, 90, 100).pValue, 15);
  });

  it('twoProportionTest(x1, n1, x2, n2, alpha) compares the p-value with alpha', () => {
    expect(twoProportionTest(80, 100, 90, 100, 0.01).significant).toBe(false);
  });

  it('twoProportionTest(n1, n1, n2, n2) returns z = 0 and p = 1 for two perfect rates', () => {
    const result = twoProportionTest(50, 50, 70, 70);
    expect(result.difference).toBe(0);
    expect(result.z).toBe(0);
    expect(result.pValue).toBeCloseTo(1, 6);
    expect(result.significant).toBe(false);
  });

  it('twoProportionTest(x1, n1, x2, n2) throws a RangeError for an impossible rate', () => {
    expect(() => twoProportionTest(5, 0, 1, 2)).toThrow(RangeError);
    expect(() => twoProportionTest(1, 2, 3, 2)).toThrow(RangeError);
  });
});
