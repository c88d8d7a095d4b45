import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { fixtures, formatted, overlayRoot, removeRoot } from './fixtureRoot.ts';

// valid/minimal with a not_published column in both tables, a grade left empty without it, and a PEEL inspection.
const root = overlayRoot(join(fixtures, 'absences'));
afterAll(() => removeRoot(root));
const { site, problems } = runPipeline(root);
const report = (key: string) => site!.reports.find((r) => r.key === key)!;

describe('three kinds of empty (tests/fixtures/absences)', () => {
  it('reads the not_published column without a problem', () => {
    expect(formatted(problems)).toBe('');
  });

  it('a grade the row says the source did not publish, one we have not found, and one the kind does not give are three different things', () => {
    expect(report('northshire/2016-cdi').grades.absent.questions).toEqual({ 1: null, 2: 'not-published', 3: 'not-found' });
    expect(report('westvale/2022-peel').grades.absent).toEqual({ overall: null, questions: { 1: 'not-applicable', 2: 'not-applicable', 3: 'not-applicable' } });
  });

  it('a figure the row says was not published is not confused with one not found', () => {
    const peel = report('westvale/2022-peel').figures.find((f) => f.measure === 'overall')!;
    expect(peel.absent).toEqual({ rate: 'not-published', interval: 'not-published', unrecorded: 'not-found', count: 'not-found', additional: 'not-found' });
    const northshire = report('northshire/2016-cdi').figures.find((f) => f.measure === 'violence')!;
    expect(northshire.unrecorded).not.toBeNull();
    expect(northshire.absent).toEqual({ rate: null, interval: null, unrecorded: null, count: null, additional: 'not-found' });
  });

  it('an inspection’s own values (audit period, crimes recorded, auditable route, population) keep the two kinds of empty apart too', () => {
    expect(report('westvale/2022-peel').context.absent).toEqual({ prcTotal: 'not-found', auditableRoutePct: 'not-found', population: 'not-published', auditPeriod: 'not-published' });
    expect(report('northshire/2016-cdi').context.absent).toEqual({ prcTotal: null, auditableRoutePct: null, population: null, auditPeriod: null });
    const overall = report('northshire/2016-cdi').figures.find((f) => f.measure === 'overall')!;
    const violence = report('northshire/2016-cdi').figures.find((f) => f.measure === 'violence')!;
    expect([overall.absent.count, violence.absent.count]).toEqual(['not-found', null]);
  });

  it('a file in the format before not_published reads every empty cell as not found', () => {
    const { site: old, problems: oldProblems } = runPipeline(join(fixtures, 'valid', 'minimal'));
    expect(formatted(oldProblems)).toBe('');
    const westvale = old!.reports.find((r) => r.key === 'westvale/2017-cdi')!;
    expect(westvale.figures.every((f) => f.rate !== null || f.absent.rate === 'not-found')).toBe(true);
  });
});
