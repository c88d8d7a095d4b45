import { describe, expect, it } from 'vitest';
import { sourceLine } from '../phrases.ts';
import { rateOverTimeChart } from './rateOverTimeChart.ts';
import { site, svgTexts } from '../../../tests/render/fixtureReports.ts';
import { figure, report } from '../../../tests/overview/reportFixture.ts';
import { buildComparisons } from '../../engine/compute/buildComparisons.ts';

const forceFor = (id: string) => site.forces.find((force) => force.id === id)!;
const northshire = rateOverTimeChart(forceFor('northshire'))!;

describe('rateOverTimeChart', () => {
  it('tables exactly the plotted rates of each crime group at each inspection, with the model’s change and test', () => {
    expect(northshire.id).toBe('rate-over-time');
    expect(northshire.table.rows).toEqual([
      ['All crime', 'Crime data integrity inspection 2016', '80.1%', '78.1% to 82.1%', 'not applicable', 'not applicable'],
      ['All crime', 'Crime data integrity inspection 2018', '89.5%', '87.9% to 91.1%', 'up 9.4 points', 'Yes'],
      ['Violence against the person', 'Crime data integrity inspection 2016', '76.9%', '73.3% to 80.5%', 'not applicable', 'not applicable'],
      ['Violence against the person', 'Crime data integrity inspection 2018', '87.6%', '84.8% to 90.4%', 'up 10.7 points', 'Yes'],
      ['Sexual offences (including rape)', 'Crime data integrity inspection 2016', '88.0%', '84.9% to 91.1%', 'not applicable', 'not applicable'],
      ['Sexual offences (including rape)', 'Crime data integrity inspection 2018', '91%', '88.1% to 93.9%', 'up 3.0 points', 'No'],
    ]);
    expect(northshire.image.svg.match(/<circle /g)).toHaveLength(6);
    // Each interval is a bar with a tick at each end.
    expect(northshire.image.svg.match(/<line /g)).toHaveLength(18);
  });

  it('writes each change and whether it is significant under its rate, in words', () => {
    const texts = svgTexts(northshire.image.svg);
    expect(texts).toEqual(expect.arrayContaining(['All crime', 'Violence against the person', 'Sexual offences (including rape)', '80.1%', '91%']));
    expect(texts).toEqual(expect.arrayContaining(['up 9.4 points: statistically significant', 'up 10.7 points: statistically significant', 'up 3.0 points: not significant']));
    expect(northshire.summary).toContain('Of the 3 changes drawn, 2 are statistically significant at the 95% level, 1 not significant and 0 cannot be tested.');
    expect(northshire.image.svg).toMatch(/^<svg [^>]*role="img"/);
    expect(northshire.image.svg).toMatch(/^<svg [^>]*aria-label="Recording rates of Northshire Constabulary/);
    expect(northshire.image.svg.match(/aria-label=/g)).toHaveLength(1);
  });

  it('draws a rate without an interval as a dot alone and says the change cannot be tested', () => {
    const spec = rateOverTimeChart(forceFor('eastmoor'))!;
    expect(spec.table.rows[1]).toEqual(['All crime', 'Crime data integrity re-inspection 2018', '96.6%', 'interval not found yet', 'up 13.0 points', 'Cannot be tested: a rate has no 95% interval']);
    expect(svgTexts(spec.image.svg)).toContain('up 13.0 points: cannot be tested');
    expect(spec.image.svg.match(/<circle /g)).toHaveLength(2);
    expect(spec.image.svg.match(/<line /g)).toHaveLength(3);
  });

  it('draws a dip sample as a dip sample, by its measure, never as an all-crime rate, and lists an inspection without a rate', () => {
    const spec = rateOverTimeChart(forceFor('southdale'))!;
    expect(spec.table.rows).toEqual([['Dip sample: crimes recorded', 'Crime data integrity inspection 2014: force dip sample', '83.8%', 'interval not found yet', 'not applicable', 'not applicable']]);
    expect(spec.image.svg).not.toContain('<circle');
    expect(spec.image.svg).toMatch(/<path [^>]*d="M0,-[\d.]+L/);
    expect(svgTexts(spec.image.svg)).toContain('dip sample: not an all-crime rate');
    expect(spec.summary).toContain('is the share of crimes recorded in a dip sample of records, not an all-crime recording rate.');
    expect(spec.notPublished).toEqual(['Crime data integrity re-inspection 2018: recording rate not found yet']);
  });

  it('shows a dip sample’s block with its one figure, not a “not published” for each later inspection', () => {
    const reports = [
      report('d', '2014-dip-sample', null, [figure('dip-sample', 83.8, null, [98, 117])], { kind: 'dip-sample-2014', auditEnd: '2013-04-30' }),
      report('d', '2016-cdi', '2017-02-09', [figure('overall', 81.52, 1.72)]),
    ];
    const force = { id: 'd', name: 'd Police', shortName: 'd', country: 'England' as const, places: [], reports: reports.map((r) => ({ key: r.key, url: r.url, title: r.title, published: r.published?.date ?? null })), trends: buildComparisons(reports), release: null };
    expect(rateOverTimeChart(force)!.table.rows.map((row) => row.slice(0, 3))).toEqual([
      ['All crime', 'Inspection 2014-dip-sample', 'not found yet'],
      ['All crime', 'Inspection 2016-cdi', '81.52%'],
      ['Dip sample: crimes recorded', 'Inspection 2014-dip-sample', '83.8%'],
    ]);
  });

  it('names its source and how the values were obtained', () => {
    expect(sourceLine(northshire.source)).toBe('Source: HMICFRS inspections of Northshire Constabulary, each inspection’s published recording rates (as published and computed from counts)');
  });

  it('returns null for a force with fewer than two inspections', () => {
    expect(rateOverTimeChart(forceFor('westvale'))).toBeNull();
  });

  it('renders the same SVG as before', async () => {
    await expect(northshire.svg).toMatchFileSnapshot('./__snapshots__/rate-over-time.northshire.svg');
    await expect(rateOverTimeChart(forceFor('southdale'))!.svg).toMatchFileSnapshot('./__snapshots__/rate-over-time.southdale.svg');
  });
});
