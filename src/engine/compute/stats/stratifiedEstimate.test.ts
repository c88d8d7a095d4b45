import { describe, expect, it } from 'vitest';
import { normalInterval } from './normalInterval.ts';
import { stratifiedEstimate } from './stratifiedEstimate.ts';

describe('stratifiedEstimate', () => {
  it('stratifiedEstimate(two strata) weights each rate by its share of recorded crime', () => {
    // W = 300/400 = 0.75 and 100/400 = 0.25; p = 0.75·0.9 + 0.25·0.8 = 0.875;
    // Var = 0.75²·0.9·0.1/100 + 0.25²·0.8·0.2/50 = 0.00050625 + 0.0002 = 0.00070625.
    const estimate = stratifiedEstimate([
      { x: 90, n: 100, weight: 300 },
      { x: 40, n: 50, weight: 100 },
    ]);
    expect(estimate.p).toBeCloseTo(0.875, 15);
    expect(estimate.se ** 2).toBeCloseTo(0.00070625, 15);
    expect(estimate.halfWidth).toBeCloseTo(1.96 * Math.sqrt(0.00070625), 15);
    expect(estimate.low).toBeCloseTo(estimate.p - estimate.halfWidth, 15);
    expect(estimate.high).toBeCloseTo(estimate.p + estimate.halfWidth, 15);
  });

  it('stratifiedEstimate(three strata) returns p = Σ W_h·p_h and Var = Σ W_h²·p_h(1−p_h)/n_h', () => {
    // W = 0.5, 0.25, 0.25; p = 0.5·0.9 + 0.25·0.8 + 0.25·0.95 = 0.8875;
    // Var = 0.25·0.09/50 + 0.0625·0.16/100 + 0.0625·0.0475/20 = 0.00045 + 0.0001 + 0.0001484375.
    const estimate = stratifiedEstimate([
      { x: 45, n: 50, weight: 2 },
      { x: 80, n: 100, weight: 1 },
      { x: 19, n: 20, weight: 1 },
    ]);
    expect(estimate.p).toBeCloseTo(0.8875, 15);
    expect(estimate.se ** 2).toBeCloseTo(0.0006984375, 15);
  });

  it('stratifiedEstimate(strata) differs from normalInterval on the pooled totals', () => {
    const strata = [
      { x: 90, n: 100, weight: 300 },
      { x: 40, n: 50, weight: 100 },
    ];
    const pooled = normalInterval(130, 150);
    const stratified = stratifiedEstimate(strata);
    expect(stratified.p).not.toBeCloseTo(pooled.p, 3);
    expect(stratified.halfWidth).not.toBeCloseTo(pooled.halfWidth, 3);
  });

  it('stratifiedEstimate([one stratum]) reduces to normalInterval', () => {
    const { p, halfWidth, low, high } = stratifiedEstimate([{ x: 459, n: 524, weight: 805_500 }]);
    const expected = normalInterval(459, 524);
    expect(p).toBeCloseTo(expected.p, 15);
    expect(halfWidth).toBeCloseTo(expected.halfWidth, 15);
    expect(low).toBeCloseTo(expected.low, 15);
    expect(high).toBeCloseTo(expected.high, 15);
  });

  it('stratifiedEstimate(strata) depends only on the shares of the weights', () => {
    const a = stratifiedEstimate([
      { x: 90, n: 100, weight: 3 },
      { x: 40, n: 50, weight: 1 },
    ]);
    const b = stratifiedEstimate([
      { x: 90, n: 100, weight: 600_000 },
      { x: 40, n: 50, weight: 200_000 },
    ]);
    expect(a.p).toBeCloseTo(b.p, 15);
    expect(a.se).toBeCloseTo(b.se, 15);
  });

  it('stratifiedEstimate(strata, z) scales the half-width by z', () => {
    const strata = [{ x: 90, n: 100, weight: 1 }];
    expect(stratifiedEstimate(strata, 1).halfWidth).toBeCloseTo(stratifiedEstimate(strata).se, 15);
  });

  it('stratifiedEstimate([]) throws a RangeError', () => {
    expect(() => stratifiedEstimate([])).toThrow(RangeError);
  });

  it('stratifiedEstimate(strata) throws a RangeError for a non-positive total or a negative weight', () => {
    expect(() => stratifiedEstimate([{ x: 1, n: 2, weight: 0 }])).toThrow(RangeError);
    expect(() =>
      stratifiedEstimate([
        { x: 1, n: 2, weight: 5 },
        { x: 1, n: 2, weight: -1 },
      ]),
    ).toThrow(RangeError);
  });

  it('stratifiedEstimate(strata) throws a RangeError for an impossible stratum rate', () => {
    expect(() => stratifiedEstimate([{ x: 3, n: 2, weight: 1 }])).toThrow(RangeError);
  });
});
