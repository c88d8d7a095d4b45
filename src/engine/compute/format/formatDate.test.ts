import { describe, expect, it } from 'vitest';
import { formatDate } from './formatDate.ts';

describe('formatDate', () => {
  it('formatDate("2018-07-17") returns "17 July 2018"', () => {
    expect(formatDate('2018-07-17')).toBe('17 July 2018');
  });
  it('formatDate("2016-02-29") keeps a leap day and drops the leading zero', () => {
    expect(formatDate('2016-02-09')).toBe('9 February 2016');
    expect(formatDate('2016-02-29')).toBe('29 February 2016');
  });
});
