import { describe, expect, it } from 'vitest';
import { figure, report } from '../../tests/overview/reportFixture.ts';
import { buildComparisons } from '../engine/compute/buildComparisons.ts';
import type { Site } from '../engine/compute/model.ts';
import { changeWords, siteChanges } from './changes.ts';

const force = (id: string, reports: ReturnType<typeof report>[]): Site['forces'][number] => ({
  id,
  name: `${id} Police`,
  places: [],
  shortName: id,
  country: 'England',
  release: null,
  reports: [],
  trends: buildComparisons(reports),
});

const reports = {
  a: [
    report('a', '2016-cdi', '2016-08-25', [figure('overall', 81.5, 1.7)]),
    report('a', '2018-re', '2018-04-10', [figure('overall', 92.6, 1.2)]),
    { ...report('a', '2022-peel', null, [figure('overall', 93)]), year: '2022' },
  ],
  b: [report('b', '2017-cdi', '2017-06-15', [figure('overall', 90, 1.5)])],
  c: [report('c', '2017-cdi', '2017-06-15', [figure('overall', 80, null, [80, 100])]), report('c', '2019-re', '2019-06-15', [figure('overall', 95, null, [190, 200])])],
};
const site = {
  forces: Object.entries(reports).map(([id, list]) => force(id, list)),
  reports: Object.values(reports).flat(),
} as unknown as Site;

describe('siteChanges', () => {
  const changes = siteChanges(site);

  it('siteChanges(site) lists each change between consecutive inspections with a rate, with the force page\'s wording', () => {
    expect(changes.rows.map((r) => [r.forceId, r.from.year, r.to.year, r.changeText, r.significantText])).toEqual([
      ['a', '2016', '2018', 'up 11.1 points', 'Yes'],
      ['a', '2018', '2022', 'up 0.4 points', 'Cannot be tested: a rate has no 95% interval'],
      ['c', '2017', '2019', 'up 15.0 points', 'Yes'],
    ]);
  });

  it('siteChanges(site) counts what could and could not be tested, and the forces with no change to compute', () => {
    expect(changes.counts).toEqual({ all: 3, byCounts: 1, byIntervals: 1, untested: 1, significant: 2, up: 2, down: 0, forcesWithoutChange: 1 });
  });
});

describe('changeWords', () => {
  const row = { direction: 'up' as const, pointsText: '11.1', significant: true };
  it('gives each language the force pages’ words for a change and its significance', () => {
    expect(changeWords('en', row)).toEqual({ change: 'up 11.1 points', significant: 'Yes' });
    expect(changeWords('cy', row)).toEqual({ change: 'i fyny 11.1 pwynt', significant: 'Ydy' });
    expect(changeWords('cy', { direction: 'down', pointsText: '2.1', significant: false })).toEqual({ change: 'i lawr 2.1 pwynt', significant: 'Nac ydy' });
    expect(changeWords('cy', { direction: 'none', pointsText: '0.0', significant: null })).toEqual({ change: 'dim newid', significant: 'Ni ellir ei brofi: nid oes gan un gyfradd gyfwng 95%' });
  });
});
