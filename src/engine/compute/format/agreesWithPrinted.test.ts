import { describe, expect, it } from 'vitest';
import { agreesWithPrinted } from './agreesWithPrinted.ts';

describe('agreesWithPrinted', () => {
  it('agreesWithPrinted(87.5954, 87.6 to 1 decimal) returns true', () => {
    expect(agreesWithPrinted(87.5954, { value: 87.6, decimals: 1 })).toBe(true);
  });

  it('agreesWithPrinted(87.5954, 87.5 to 1 decimal) returns false', () => {
    expect(agreesWithPrinted(87.5954, { value: 87.5, decimals: 1 })).toBe(false);
  });

  it('agreesWithPrinted(91.04, 91 to 0 decimals) returns true', () => {
    expect(agreesWithPrinted(91.04, { value: 91, decimals: 0 })).toBe(true);
  });

  it('agreesWithPrinted(91.04, 91.0 to 1 decimal) returns true, but not to 2 decimals', () => {
    expect(agreesWithPrinted(91.04, { value: 91, decimals: 1 })).toBe(true);
    expect(agreesWithPrinted(91.04, { value: 91, decimals: 2 })).toBe(false);
  });

  it('agreesWithPrinted(computed, printed) accepts a value exactly half a unit away, on either side', () => {
    expect(agreesWithPrinted(87.65, { value: 87.6, decimals: 1 })).toBe(true);
    expect(agreesWithPrinted(87.65, { value: 87.7, decimals: 1 })).toBe(true);
    expect(agreesWithPrinted(2.825, { value: 2.82, decimals: 2 })).toBe(true);
  });

  it('agreesWithPrinted(computed, printed) rejects a value just beyond half a unit', () => {
    expect(agreesWithPrinted(87.6501, { value: 87.6, decimals: 1 })).toBe(false);
    expect(agreesWithPrinted(1.6081, { value: 1.64, decimals: 2 })).toBe(false);
  });
});
