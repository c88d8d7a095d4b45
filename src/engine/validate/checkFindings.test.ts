import { describe, expect, it } from 'vitest';
import type { FindingInput } from './rowSchemas.ts';
import { formatProblem } from '../vocabulary.ts';
import { checkFindings } from './checkFindings.ts';

const file = 'data/findings.csv';
const inspections = new Set(['metropolitan/2018-cdi']);
const row = (line: number, measure: string, numerator: number | null, denominator: number | null, more: Partial<FindingInput> = {}): FindingInput => ({
  line,
  force: 'metropolitan',
  slug: '2018-cdi',
  measure,
  numerator,
  denominator,
  ratePct: null,
  ciPm: null,
  unrecordedOver: null,
  unrecordedQualifier: null,
  additionalRecorded: null,
  approx: null,
  status: 'computed',
  source: 'https://example.org/met-2018',
  note: null,
  notPublished: [],
  ...more,
});
const messages = (rows: FindingInput[]) => checkFindings(file, rows, inspections).map(formatProblem);
const rape = [row(5, 'rape', 98, 118), row(6, 'rape-misclassified', 2, 118), row(7, 'rape-wrongly-n100', 14, 118), row(8, 'rape-other-system', 1, 118), row(9, 'rape-not-recorded', 3, 118)];

describe('checkFindings()', () => {
  it('checkFindings() accepts counts, a breakdown that adds up and a published figure', () => {
    expect(messages([...rape, row(2, 'overall', null, null, { ratePct: { value: 89.5, decimals: 1 }, status: 'published' })])).toEqual([]);
  });

  it('checkFindings() reports a numerator greater than its denominator with its line', () => {
    expect(messages([row(4, 'domestic-abuse', 290, 271)])).toEqual([
      'data/findings.csv:4:1: error: numerator: the numerator 290 is greater than the denominator 271',
    ]);
  });

  it('checkFindings() reports a zero denominator and a numerator without its denominator', () => {
    expect(messages([row(3, 'violence', 0, 0)])).toContain('data/findings.csv:3:1: error: denominator: the denominator must be greater than 0');
    expect(messages([row(3, 'violence', 459, null)])).toContain('data/findings.csv:3:1: error: denominator: a numerator needs its denominator');
  });

  it('checkFindings() reports a finding for an unknown inspection with its line', () => {
    expect(messages([row(12, 'overall', 9, 10, { slug: '2019-cdi' })])).toEqual([
      'data/findings.csv:12:1: error: slug: unknown inspection "metropolitan/2019-cdi"; add it to data/inspections.csv first',
    ]);
  });

  it('checkFindings() reports an unknown measure with its line', () => {
    expect(messages([row(7, 'overal', 9, 10)])).toEqual([
      'data/findings.csv:7:1: error: measure: unknown measure "overal"; see the list of measures in docs/data-format.md',
    ]);
  });

  it('checkFindings() reports a duplicate finding with both lines', () => {
    expect(messages([row(3, 'violence', 459, 524), row(9, 'violence', 459, 524)])).toEqual([
      'data/findings.csv:9:1: error: measure: duplicate finding: "violence" for metropolitan/2018-cdi is already on line 3',
    ]);
  });

  it('checkFindings() reports a breakdown that does not add up to its total on the total\'s line', () => {
    const broken = rape.map((r) => (r.measure === 'rape-not-recorded' ? { ...r, numerator: 4 } : r));
    expect(messages(broken)).toEqual([
      'data/findings.csv:5:1: error: numerator: the breakdown does not add up: rape + rape-misclassified + rape-wrongly-n100 + rape-other-system + rape-not-recorded = 119, but the total (denominator on line 5) is 118',
    ]);
  });

  it('checkFindings() allows an incomplete breakdown that stays within its total', () => {
    expect(messages(rape.slice(0, 3))).toEqual([]);
  });

  it('checkFindings() reports a breakdown part with another denominator on the part\'s line', () => {
    const broken = rape.map((r) => (r.measure === 'rape-other-system' ? { ...r, denominator: 119 } : r));
    expect(messages(broken)).toContain('data/findings.csv:8:1: error: denominator: "rape-other-system" must share the denominator of "rape" (118, line 5), got 119');
  });

  it('checkFindings() reports status "computed" with a printed rate, or without counts', () => {
    expect(messages([row(3, 'violence', 459, 524, { ratePct: { value: 87.6, decimals: 1 } })])).toEqual([
      'data/findings.csv:3:1: error: status: status "computed" but a printed rate or interval is given; use status "published"',
    ]);
    expect(messages([row(4, 'domestic-abuse', null, null)])).toEqual([
      'data/findings.csv:4:1: error: status: status "computed" needs a numerator and a denominator to compute from',
    ]);
  });

  it('checkFindings() reports an interval without its rate', () => {
    expect(messages([row(2, 'overall', null, null, { ciPm: { value: 1.64, decimals: 2 }, status: 'published' })])).toEqual([
      'data/findings.csv:2:1: error: ci_pm: an interval (ci_pm) needs the rate it belongs to (rate_pct)',
    ]);
  });
});
