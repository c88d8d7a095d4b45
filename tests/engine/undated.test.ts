import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Site } from '../../src/engine/compute/model.ts';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { fixtures, formatted, overlayRoot, removeRoot } from './fixtureRoot.ts';

// Four inspections without a publication date: a 2014 dip sample dated by its audit period, a PEEL result
// dated only by the year in its title ("2021/22"), one by the year in its slug, one only by what it revisits.
const root = overlayRoot(join(fixtures, 'accepted', 'undated-inspections'));
const { site, problems } = runPipeline(root) as { site: Site; problems: ReturnType<typeof runPipeline>['problems'] };
afterAll(() => removeRoot(root));

const keys = (force: string) => site.reports.filter((r) => r.force.id === force).map((r) => r.key);

describe('inspections without a publication date', () => {
  it('runPipeline() orders reports newest first by the best date known, not as the oldest', () => {
    expect(keys('northshire')).toEqual(['northshire/2022-peel', 'northshire/2018-cdi-reinspection', 'northshire/2016-cdi', 'northshire/2014-dip-sample']);
    expect(keys('westvale')).toEqual(['westvale/2019-peel', 'westvale/reinspection', 'westvale/2017-cdi']);
  });

  it('runPipeline() lists each force\'s inspections and its trend rows oldest first, in the same order', () => {
    const northshire = site.forces.find((f) => f.id === 'northshire')!;
    const oldestFirst = keys('northshire').reverse();
    expect(northshire.reports.map((r) => r.key)).toEqual(oldestFirst);
    for (const trend of northshire.trends) expect(trend.rows.map((row) => row.inspection.key)).toEqual(oldestFirst);
  });

  it('runPipeline() takes a force\'s latest inspection and rate from an undated one where it is the newest', () => {
    const national = (id: string) => site.national.forces.find((f) => f.force.id === id)!;
    expect(national('northshire').latest?.key).toBe('northshire/2022-peel');
    expect(national('northshire').rate).toMatchObject({ text: '90.0%', fromLatest: true });
    expect(national('westvale').latest?.key).toBe('westvale/2019-peel');
  });

  it('runPipeline() warns once for the file, naming the lines of the undated inspections', () => {
    const warnings = formatted(problems.filter((p) => p.severity === 'warning' && p.field === 'published')).split('\n');
    expect(warnings).toEqual([
      'data/inspections.csv: warning: published: 4 inspections have no publication date (lines 5, 6, 7 and 8); each is placed in time by its audit period, else the year in its title or slug, else the inspection it revisits',
    ]);
  });

  it('runPipeline() never uses a 2014 dip sample as the all-crime rate of a trend', () => {
    const overall = site.forces.find((f) => f.id === 'northshire')!.trends.find((t) => t.measure === 'overall')!;
    const dip = overall.rows.find((row) => row.inspection.key === 'northshire/2014-dip-sample');
    expect(dip?.rateText).toBeNull();
    expect(overall.rows.find((row) => row.inspection.key === 'northshire/2016-cdi')?.change).toBeNull();
  });
});
