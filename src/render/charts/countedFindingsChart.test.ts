import { describe, expect, it } from 'vitest';
import { countedFindingsChart } from './countedFindingsChart.ts';
import { reportFor, svgTexts } from './testReports.ts';

const met = reportFor('metropolitan/2018-cdi');

describe('countedFindingsChart', () => {
  it('plots every x of n finding the report gives, one row each', () => {
    const spec = countedFindingsChart(met)!;
    expect(spec.id).toBe('counted-findings');
    expect(spec.question).toBe(2);
    expect(spec.table.rows.map((row) => row[1])).toEqual(['39 of 50', '36 of 39', '9 of 9', '11 of 12', '301 of 459', '188 of 325', '18 of 20', '19 of 20', '16 of 20', '17 of 20']);
    expect(svgTexts(spec.svg)).toEqual(expect.arrayContaining(spec.table.rows.flat()));
    expect(spec.svg.match(/<rect /g)).toHaveLength(2 * spec.table.rows.length);
  });

  it('says each finding in a sentence', () => {
    expect(countedFindingsChart(met)!.summary).toMatch(/^39 of 50 records on other systems should have been crimes\. 36 of 39 vulnerable victim crimes were recorded\. /);
  });

  it('includes only the findings present', () => {
    const spec = countedFindingsChart(reportFor('devon-and-cornwall/2014-dip-sample'))!;
    expect(spec.table.rows).toEqual([
      ['Vulnerable victims: records that should be crimes', '12 of 54'],
      ['Vulnerable victims: crimes recorded', '2 of 12'],
    ]);
    expect(spec.notPublished).toEqual([]);
  });

  it('returns null for a report without counted findings', () => {
    expect(countedFindingsChart(reportFor('kent/2018-cdi-reinspection'))).toBeNull();
  });

  it('renders the same SVG as before', async () => {
    await expect(countedFindingsChart(met)!.svg).toMatchFileSnapshot('./__snapshots__/counted-findings.metropolitan-2018-cdi.svg');
    await expect(countedFindingsChart(reportFor('devon-and-cornwall/2014-dip-sample'))!.svg).toMatchFileSnapshot('./__snapshots__/counted-findings.devon-and-cornwall-2014-dip-sample.svg');
  });
});
