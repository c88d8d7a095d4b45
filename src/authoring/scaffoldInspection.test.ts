import { describe, expect, it } from 'vitest';
import { kinds, measures } from '../engine/vocabulary.ts';
import { scaffoldInspection, type Scaffold } from './scaffoldInspection.ts';

const made = (result: Scaffold | { problem: string }): Scaffold => {
  if ('problem' in result) throw new Error(result.problem);
  return result;
};

describe('scaffoldInspection(force, kind, year, earlier)', () => {
  it('takes the slug, title and grade scale from the table of inspection kinds', () => {
    const peel = made(scaffoldInspection('kent', 'peel', 2025, []));
    expect(peel.slug).toBe('2025-peel');
    expect(peel.inspection).toMatchObject({ force: 'kent', slug: '2025-peel', kind: 'peel', title: kinds.peel.title(2025), grade_scale: 'five-grade', revisits: '' });
    expect(peel.narrativeFile).toBe('content/reports/kent/2025-peel.md');
  });

  it('gives a 2014 dip sample only its dip-sample measures, and every other kind the audit’s', () => {
    const dip = made(scaffoldInspection('kent', 'dip-sample-2014', 2014, []));
    expect(dip.findings.map((f) => f.measure)).toEqual(measures.filter((m) => m.id.startsWith('dip-sample')).map((m) => m.id));
    expect(made(scaffoldInspection('kent', 'cdi', 2026, [])).findings.some((f) => (f.measure ?? '').startsWith('dip-sample'))).toBe(false);
  });

  it('names the latest earlier crime data inspection that a re-inspection revisits', () => {
    const earlier = [
      { slug: '2016-cdi', kind: 'cdi', published: '2016-08-01' },
      { slug: '2019-peel', kind: 'peel', published: '2019-05-01' },
    ];
    expect(made(scaffoldInspection('kent', 'cdi-reinspection', 2018, earlier)).inspection.revisits).toBe('2016-cdi');
  });

  it('refuses a year the kind was not in, and an inspection the force already has', () => {
    expect(scaffoldInspection('kent', 'dip-sample-2014', 2015, [])).toEqual({ problem: 'bad year "2015"; the dip-sample-2014 inspection was in 2014' });
    expect(scaffoldInspection('kent', 'cdi', 2016, [{ slug: '2016-cdi', kind: 'cdi', published: '' }])).toEqual({ problem: 'kent already has an inspection "2016-cdi" in data/inspections.csv' });
  });
});
