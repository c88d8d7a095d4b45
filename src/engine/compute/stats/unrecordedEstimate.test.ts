import { describe, expect, it } from 'vitest';
import { unrecordedEstimate } from './unrecordedEstimate.ts';

describe('unrecordedEstimate', () => {
  it('unrecordedEstimate(805500, 0.895) returns 94,500', () => {
    expect(unrecordedEstimate(805_500, 0.895)).toBeCloseTo(94_500, 6);
  });

  it('unrecordedEstimate(recordedCrime, p) plus recordedCrime is recordedCrime / p', () => {
    expect(unrecordedEstimate(1000, 0.8) + 1000).toBeCloseTo(1000 / 0.8, 9);
  });

  it('unrecordedEstimate(recordedCrime, 1) returns 0', () => {
    expect(unrecordedEstimate(805_500, 1)).toBe(0);
  });

  it('unrecordedEstimate(recordedCrime, p) throws a RangeError for p outside (0, 1]', () => {
    expect(() => unrecordedEstimate(1000, 0)).toThrow(RangeError);
    expect(() => unrecordedEstimate(1000, 1.01)).toThrow(RangeError);
    expect(() => unrecordedEstimate(1000, Number.NaN)).toThrow(RangeError);
  });

  it('unrecordedEstimate(recordedCrime, p) throws a RangeError for negative recorded crime', () => {
    expect(() => unrecordedEstimate(-1, 0.9)).toThrow(RangeError);
  });
});
