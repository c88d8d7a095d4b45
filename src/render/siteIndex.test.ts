import { describe, expect, it } from 'vitest';
import { reportFor, site } from '../../tests/render/fixtureReports.ts';
import { forceInspections, siteIndex } from './siteIndex.ts';

describe('siteIndex (tests/fixtures/charts)', () => {
  const index = siteIndex(site);

  it('siteIndex(site) lists every force by name with its latest inspection, and leaves out the national entity', () => {
    expect(index.latest.map((row) => [row.force.id, row.report?.key ?? null])).toEqual([
      ['eastmoor', 'eastmoor/2018-cdi-reinspection'],
      ['northshire', 'northshire/2018-cdi'],
      ['southdale', 'southdale/2018-cdi-reinspection'],
      ['westvale', 'westvale/2021-peel'],
    ]);
  });

  it('siteIndex(site) groups the earlier inspections by force, only for forces that have any', () => {
    expect(index.earlier.map((group) => [group.force.id, group.reports.map((r) => r.key)])).toEqual([
      ['eastmoor', ['eastmoor/2017-cdi']],
      ['southdale', ['southdale/2014-dip-sample']],
    ]);
  });

  it('siteIndex(site) lists the national inspections apart, and counts every inspection once', () => {
    expect(index.national.map((group) => [group.force.name, group.reports.map((r) => r.key)])).toEqual([['England and Wales', ['england-and-wales/2014-national']]]);
    expect(index.count).toBe(site.reports.length);
  });
});

describe('forceInspections', () => {
  it('forceInspections(site, id) lists a force\'s inspections newest first, as the model orders them', () => {
    expect(forceInspections(site, 'eastmoor').reports).toEqual([reportFor('eastmoor/2018-cdi-reinspection'), reportFor('eastmoor/2017-cdi')]);
  });

  it('forceInspections(site, id) fails loudly for a force the model does not have', () => {
    expect(() => forceInspections(site, 'nowhere')).toThrow('no force "nowhere"');
  });
});
