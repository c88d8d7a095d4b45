import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '../validate/rowSchemas.ts';
import { aggregateAuditSheet } from './aggregateAuditSheet.ts';

const base = { force: 'f', slug: '2025-cdi', source: 'https://example.org/', note: 'From the sheet.' };
let line = 1;
const record = (over: Partial<AuditRecord>): AuditRecord => ({
  line: ++line, reference: `R${line}`, crimeGroup: 'other', shouldRecord: true, recorded: true,
  within24h: null, domesticAbuse: null, rapeOutcome: null, n100Needed: null, n100Applied: null, ...over,
});
const byMeasure = (rows: ReturnType<typeof aggregateAuditSheet>) => new Map(rows.map((r) => [r.measure, r]));

describe('aggregateAuditSheet', () => {
  const records = [
    record({ crimeGroup: 'violence', domesticAbuse: true, within24h: true }),
    record({ crimeGroup: 'violence', recorded: false, domesticAbuse: true }),
    record({ crimeGroup: 'sexual-offences', rapeOutcome: 'correct', within24h: false, n100Needed: true, n100Applied: true }),
    record({ crimeGroup: 'sexual-offences', recorded: false, rapeOutcome: 'not-recorded', n100Needed: true, n100Applied: false }),
    record({}),
    record({ shouldRecord: false, recorded: null }),
  ];

  it('counts each measure over its base: crimes that should have been recorded, rapes, N100s, recorded crimes', () => {
    const rows = byMeasure(aggregateAuditSheet(records, null, base));
    const counts = (m: string) => [rows.get(m)?.numerator, rows.get(m)?.denominator];
    expect(counts('overall')).toEqual([3, 5]);
    expect(counts('violence')).toEqual([1, 2]);
    expect(counts('sexual-offences')).toEqual([1, 2]);
    expect(counts('domestic-abuse')).toEqual([1, 2]);
    expect(counts('reports-audited')).toEqual([6, null]);
    expect(counts('rape')).toEqual([1, 2]);
    expect(counts('rape-not-recorded')).toEqual([1, 2]);
    expect(counts('rape-misclassified')).toEqual([0, 2]);
    expect(counts('n100-applied')).toEqual([1, 2]);
    expect(counts('timeliness-violence')).toEqual([1, 1]);
    expect(counts('timeliness-sexual-offences')).toEqual([0, 1]);
    expect(rows.get('overall')?.status).toBe('computed');
  });

  it('gives the stratified estimate and its interval as the overall rate when weights are given', () => {
    const weights = new Map([['violence', 50], ['sexual-offences', 25], ['other', 25]]);
    const overall = byMeasure(aggregateAuditSheet(records, weights, base)).get('overall');
    // 0.5·(1/2) + 0.25·(1/2) + 0.25·(1/1) = 0.625; Var = 0.25·0.25/2 + 0.0625·0.25/2 + 0 = 0.0390625.
    expect(overall?.ratePct?.value).toBeCloseTo(62.5, 10);
    expect(overall?.ciPm?.value).toBeCloseTo(1.96 * Math.sqrt(0.0390625) * 100, 10);
    expect(overall?.numerator).toBeNull();
  });

  it('leaves out a measure whose base is empty, rather than writing 0 of 0', () => {
    const rows = byMeasure(aggregateAuditSheet([record({})], null, base));
    expect(rows.has('rape')).toBe(false);
    expect(rows.has('violence')).toBe(false);
  });
});
