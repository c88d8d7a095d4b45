import { describe, expect, it } from 'vitest';
import { normalCdf } from './normalCdf.ts';

describe('normalCdf', () => {
  it('normalCdf(0) returns 0.5', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
  });

  it('normalCdf(1.96) returns 0.975002', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 7);
  });

  it('normalCdf(-1.96) returns 0.024998', () => {
    expect(normalCdf(-1.96)).toBeCloseTo(0.024997895148220435, 7);
  });

  it('normalCdf(3) returns 0.998650', () => {
    expect(normalCdf(3)).toBeCloseTo(0.9986501019683699, 7);
  });

  it('normalCdf(-z) returns 1 − normalCdf(z)', () => {
    for (const z of [0.5, 1, 1.645, 2.576]) expect(normalCdf(-z)).toBeCloseTo(1 - normalCdf(z), 12);
  });

  it('normalCdf(-6) is accurate relative to its own size', () => {
    const expected = 9.865876450376946e-10;
    expect(Math.abs(normalCdf(-6) - expected) / expected).toBeLessThan(2e-7);
  });

  it('normalCdf(±Infinity) returns 1 and 0', () => {
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
  });
});
