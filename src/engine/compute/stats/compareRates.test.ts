import { describe, expect, it } from 'vitest';
import { compareRates } from './compareRates.ts';
import { normalInterval } from './normalInterval.ts';

describe('compareRates', () => {
  it('compareRates(89.5% ± 1.64, 85.0% ± 2.0) returns Z = (pb − pa) / √(se_a² + se_b²), significant', () => {
    const result = compareRates({ p: 0.895, halfWidth: 0.0164 }, { p: 0.85, halfWidth: 0.02 });
    const se = Math.sqrt((0.0164 / 1.96) ** 2 + (0.02 / 1.96) ** 2);
    expect(result.difference).toBeCloseTo(-0.045, 15);
    expect(result.z).toBeCloseTo(-0.045 / se, 12);
    expect(result.pValue).toBeCloseTo(0.00065, 5);
    expect(result.significant).toBe(true);
  });

  it('compareRates(89.5% ± 1.64, 90.5% ± 1.5) returns not significant', () => {
    const result = compareRates({ p: 0.895, halfWidth: 0.0164 }, { p: 0.905, halfWidth: 0.015 });
    expect(result.difference).toBeCloseTo(0.01, 15);
    expect(result.significant).toBe(false);
  });

  it('compareRates(a, b) gives the same answer in percentages as in proportions, apart from the unit of the difference', () => {
    const inProportions = compareRates({ p: 0.895, halfWidth: 0.0164 }, { p: 0.85, halfWidth: 0.02 });
    const inPercent = compareRates({ p: 89.5, halfWidth: 1.64 }, { p: 85, halfWidth: 2 });
    expect(inPercent.z).toBeCloseTo(inProportions.z, 10);
    expect(inPercent.difference).toBeCloseTo(inProportions.difference * 100, 10);
  });

  it('compareRates(normalInterval(a), normalInterval(b)) returns the unpooled two-proportion z', () => {
    const a = normalInterval(80, 100);
    const b = normalInterval(90, 100);
    const unpooled = 0.1 / Math.sqrt((0.8 * 0.2) / 100 + (0.9 * 0.1) / 100);
    expect(compareRates(a, b).z).toBeCloseTo(unpooled, 12);
  });

  it('compareRates(a, b, z, alpha) uses z to recover the standard errors and alpha to judge significance', () => {
    const a = { p: 0.895, halfWidth: 0.0164 };
    const b = { p: 0.905, halfWidth: 0.015 };
    expect(compareRates(a, b, 2.576).z).toBeCloseTo(compareRates(a, b).z * (2.576 / 1.96), 12);
    expect(compareRates(a, { p: 0.85, halfWidth: 0.02 }, 1.96, 0.0001).significant).toBe(false);
  });

  it('compareRates(a, b) throws a RangeError for negative or both-zero half-widths', () => {
    expect(() => compareRates({ p: 0.9, halfWidth: -0.01 }, { p: 0.8, halfWidth: 0.01 })).toThrow(RangeError);
    expect(() => compareRates({ p: 0.9, halfWidth: 0 }, { p: 0.8, halfWidth: 0 })).toThrow(RangeError);
  });
});
