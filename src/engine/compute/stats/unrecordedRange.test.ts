import { describe, expect, it } from 'vitest';
import { unrecordedEstimate } from './unrecordedEstimate.ts';
import { unrecordedRange } from './unrecordedRange.ts';

describe('unrecordedRange', () => {
  it('unrecordedRange(805500, 0.8786, 0.9114) returns 78,305 to 111,299', () => {
    // The Met: 89.5% ± 1.64.
    const { low, high } = unrecordedRange(805_500, 0.895 - 0.0164, 0.895 + 0.0164);
    expect(low).toBeCloseTo((805_500 * 0.0886) / 0.9114, 6);
    expect(high).toBeCloseTo((805_500 * 0.1214) / 0.8786, 6);
    expect(Math.round(low)).toBe(78_305);
    expect(Math.round(high)).toBe(111_299);
  });

  it('unrecordedRange(recordedCrime, low, high) brackets the point estimate', () => {
    const { low, high } = unrecordedRange(805_500, 0.8786, 0.9114);
    const point = unrecordedEstimate(805_500, 0.895);
    expect(low).toBeLessThan(point);
    expect(high).toBeGreaterThan(point);
  });

  it('unrecordedRange(recordedCrime, low, 1) returns a low end of 0', () => {
    expect(unrecordedRange(1000, 0.98, 1).low).toBe(0);
  });

  it('unrecordedRange(recordedCrime, low, high) throws a RangeError when low > high', () => {
    expect(() => unrecordedRange(1000, 0.9, 0.8)).toThrow(RangeError);
  });

  it('unrecordedRange(recordedCrime, 0, high) throws a RangeError, as the range has no upper end', () => {
    expect(() => unrecordedRange(1000, 0, 0.5)).toThrow(RangeError);
  });
});
