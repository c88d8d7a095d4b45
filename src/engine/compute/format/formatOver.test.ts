import { describe, expect, it } from 'vitest';
import { formatOver } from './formatOver.ts';

describe('formatOver', () => {
  it('formatOver(94500) returns "over 94,500"', () => {
    expect(formatOver(94_500)).toBe('over 94,500');
  });

  it('formatOver(490) returns "over 490"', () => {
    expect(formatOver(490)).toBe('over 490');
  });

  it('formatOver(n) throws a RangeError for a count that is not whole', () => {
    expect(() => formatOver(94_499.9)).toThrow(RangeError);
  });
});
