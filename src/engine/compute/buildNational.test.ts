import { describe, expect, it } from 'vitest';
import { figure, report } from '../../../tests/overview/reportFixture.ts';
import type { ForceRef } from './model.ts';
import { buildNational } from './buildNational.ts';

const force = (id: string): ForceRef => ({ id, name: `${id} Police`, shortName: id, country: 'England' });
const forces = [...['a', 'b', 'c', 'd'].map(force), { id: 'england-and-wales', name: 'England and Wales', shortName: 'England and Wales', country: 'England and Wales' } as const];

describe('buildNational', () => {
  const national = buildNational(forces, [
    report('a', '2016-cdi', '2016-08-25', [figure('overall', 81.52, 1.72)], { grade: 'inadequate' }),
    report('a', '2018-re', '2018-04-10', [], { grade: 'good' }),
    report('b', '2017-cdi', '2017-06-15', [figure('overall', 90, 1.5)], { grade: 'good' }),
    report('c', '2021-peel', '2021-05-07', [figure('overall', 87.6)]),
    report('england-and-wales', '2014-national', '2014-11-18', [figure('overall', 81)]),
  ]);
  const row = (id: string) => national.forces.find((f) => f.force.id === id)!;

  it('buildNational(forces, reports) keeps every force, with null for what a force has not published, and leaves out the national entity', () => {
    expect(national.forces.map((f) => f.force.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(row('d')).toMatchObject({ latest: null, grade: null, rate: null });
    expect(row('c').grade).toBeNull();
  });

  it('buildNational(forces, reports) takes the latest grade and the latest overall rate, saying when they come from an earlier inspection', () => {
    expect(row('a').latest?.key).toBe('a/2018-re');
    expect(row('a').grade).toMatchObject({ grade: 'good', fromLatest: true });
    expect(row('a').rate).toMatchObject({ text: '81.52%', fromLatest: false, from: { key: 'a/2016-cdi' } });
    expect(row('c').rate).toMatchObject({ text: '87.6%', interval: null, fromLatest: true });
  });

  it('buildNational(forces, reports) gives the median of the latest rates: 81.52, 87.6, 90 → 87.6%', () => {
    expect(national.median).toEqual({ value: 87.6, text: '87.6%', count: 3 });
  });

  it('buildNational(forces, reports) counts latest grades best first, one scale at a time, and the forces that have none', () => {
    const mixed = buildNational(forces, [
      report('a', '2017-cdi', '2017-06-01', [], { grade: 'requires improvement' }),
      report('b', '2022-peel', '2022-06-01', [], { grade: 'requires improvement', scale: 'five-grade' }),
      report('c', '2023-peel', '2023-06-01', [], { grade: 'adequate', scale: 'five-grade' }),
    ]);
    const counts = (scale: string) => mixed.grades.find((g) => g.scale === scale)!.counts.filter((c) => c.count > 0).map((c) => [c.label, c.count]);
    expect(counts('four-grade')).toEqual([['Requires improvement', 1]]);
    expect(counts('five-grade')).toEqual([['Adequate', 1], ['Requires improvement', 1]]);
    expect(mixed.grades.find((g) => g.scale === 'four-grade')!.counts.map((c) => c.grade)).not.toContain('adequate');
    expect(mixed.ungraded).toBe(1);
  });

  it('buildNational(forces, reports) gives each latest grade its scale, year and the same inspection\'s rate, never another\'s', () => {
    expect(row('a').grade).toMatchObject({ grade: 'good', scale: 'four-grade', year: '2018', rate: null });
    expect(row('b').grade).toMatchObject({ grade: 'good', year: '2017', rate: { text: '90%' }, from: { key: 'b/2017-cdi' } });
  });

  it('buildNational(forces, reports) dates the data by its latest publication, not the build', () => {
    expect(national.updated).toEqual({ date: '2021-05-07', text: '7 May 2021' });
    expect(national.inspectedCount).toBe(3);
  });

  it('buildNational(forces, reports) says from which year each force\'s latest inspection and latest rate are', () => {
    expect(row('a').latest?.year).toBe('2018');
    expect(row('a').rate?.year).toBe('2016');
  });

  it('buildNational(forces, reports) keeps the national entity apart as the reference, labelled with its name and year', () => {
    expect(national.reference).toMatchObject({
      name: 'England and Wales',
      label: 'England and Wales, 2014',
      url: '/forces/england-and-wales/',
      inspection: { key: 'england-and-wales/2014-national', year: '2014' },
      rate: { value: 81, text: '81%' },
    });
  });

  it('buildNational(forces, reports) gives the national reference only the figures it has: a press rounding, no rate', () => {
    const rounding = { ...figure('overall', null), approx: '81%' };
    const reference = buildNational(forces, [report('england-and-wales', '2014-national', '2014-11-18', [rounding])]).reference;
    expect(reference).toMatchObject({ rate: null, approx: '81%', unrecordedText: null });
  });

  it('buildNational(forces, []) has no median, no date and no national reference', () => {
    expect(buildNational(forces, [])).toMatchObject({ median: null, updated: null, reference: null });
  });
});
