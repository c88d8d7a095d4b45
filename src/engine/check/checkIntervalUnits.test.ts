import { describe, expect, it } from 'vitest';
import { formatProblem } from '../vocabulary.ts';
import { checkIntervalUnits } from './checkIntervalUnits.ts';

const check = (text: string) => checkIntervalUnits('report.md', text).map(formatProblem);
const message = 'an interval is in percentage points, not per cent: write "{{measure.ci}} percentage points" (or "±1.7 percentage points")';

describe('checkIntervalUnits(file, text)', () => {
  it('gives one error for each interval written with a per-cent sign, placeholder or literal', () => {
    expect(check('It records {{overall.rate}}, with an interval of {{overall.ci}}%.\nViolence: ±2.82 %.')).toEqual([
      `report.md:1:50: error: ${message}`,
      `report.md:2:11: error: ${message}`,
    ]);
  });

  it('accepts intervals in percentage points and rates with per-cent signs', () => {
    expect(check('It records {{overall.rate}} ({{overall.ci}} percentage points), 89.5% ±1.64 points, 95% confidence.')).toEqual([]);
  });
});
