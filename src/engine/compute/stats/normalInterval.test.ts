import { describe, expect, it } from 'vitest';
import { normalInterval } from './normalInterval.ts';

const percent = (proportion: number, decimals: number) => Number((proportion * 100).toFixed(decimals));

describe('normalInterval', () => {
  it('normalInterval(459, 524) returns 87.6% ± 2.82', () => {
    const { p, halfWidth } = normalInterval(459, 524);
    expect(percent(p, 1)).toBe(87.6);
    expect(percent(halfWidth, 2)).toBe(2.82);
  });

  it('normalInterval(x, 1396) at 89.5% returns ± 1.61, not the published overall ± 1.64', () => {
    // The published overall interval is a stratified one (see stratifiedEstimate), so the
    // single-stratum formula on the total audited does not reproduce it.
    const { p, halfWidth } = normalInterval(0.895 * 1396, 1396);
    expect(percent(p, 1)).toBe(89.5);
    expect(percent(halfWidth, 2)).toBe(1.61);
    expect(percent(halfWidth, 2)).not.toBe(1.64);
  });

  it('normalInterval(x, n) returns low = p − halfWidth and high = p + halfWidth', () => {
    const { p, halfWidth, low, high } = normalInterval(459, 524);
    expect(low).toBe(p - halfWidth);
    expect(high).toBe(p + halfWidth);
  });

  it('normalInterval(x, n, z) scales the half-width by z', () => {
    expect(normalInterval(459, 524, 1).halfWidth * 1.96).toBeCloseTo(normalInterval(459, 524).halfWidth, 15);
  });

  it('normalInterval(x, n) keeps low and high within [0, 1]', () => {
    const { p, halfWidth, high } = normalInterval(199, 200);
    expect(p + halfWidth).toBeGreaterThan(1);
    expect(high).toBe(1);
    expect(normalInterval(1, 200).low).toBe(0);
  });

  it('normalInterval(n, n) returns a zero-width interval at 1', () => {
    expect(normalInterval(50, 50)).toEqual({ p: 1, halfWidth: 0, low: 1, high: 1 });
  });

  it('normalInterval(x, n) throws a RangeError for an impossible rate', () => {
    expect(() => normalInterval(5, 0)).toThrow(RangeError);
    expect(() => normalInterval(6, 5)).toThrow(RangeError);
  });
});
