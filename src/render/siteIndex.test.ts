import { describe, expect, it } from 'vitest';
import { reportFor, site } from '../../tests/render/fixtureReports.ts';
import { forceInspections } from './siteIndex.ts';

describe('forceInspections', () => {
  it('forceInspections(site, id) lists a force\'s inspections newest first, as the model orders them', () => {
    expect(forceInspections(site, 'eastmoor').reports).toEqual([reportFor('eastmoor/2018-cdi-reinspection'), reportFor('eastmoor/2017-cdi')]);
  });

  it('forceInspections(site, id) fails loudly for a force the model does not have', () => {
    expect(() => forceInspections(site, 'nowhere')).toThrow('no force "nowhere"');
  });
});
