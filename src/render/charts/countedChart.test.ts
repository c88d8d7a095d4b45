import { describe, expect, it } from 'vitest';
import { countedFindingsChart, n100Chart } from './countedChart.ts';
import { reportFor, svgTexts, without } from '../../../tests/render/fixtureReports.ts';

const met = reportFor('northshire/2018-cdi');

describe('countedFindingsChart', () => {
  it('plots every x of n finding the report gives, one row each', () => {
    const spec = countedFindingsChart(met)!;
    expect(spec.id).toBe('counted-findings');
    expect(spec.question).toBe(2);
    expect(spec.table.rows.map((row) => row[1])).toEqual(['39 of 50', '36 of 39', '9 of 9', '11 of 12', '301 of 459', '188 of 325', '18 of 20', '19 of 20', '16 of 20', '17 of 20']);
    expect(svgTexts(spec.image.svg)).toEqual(expect.arrayContaining(spec.table.rows.flat()));
    expect(spec.image.svg.match(/<rect /g)).toHaveLength(2 * spec.table.rows.length);
  });

  it('says each finding in a sentence', () => {
    expect(countedFindingsChart(met)!.summary).toMatch(/^39 of 50 records on other systems should have been crimes\. 36 of 39 vulnerable victim crimes were recorded\. /);
  });

  it('includes only the findings present', () => {
    const spec = countedFindingsChart(reportFor('southdale/2014-dip-sample'))!;
    expect(spec.table.rows).toEqual([
      ['Vulnerable victims: records that should be crimes', '12 of 54'],
      ['Vulnerable victims: crimes recorded', '2 of 12'],
    ]);
    expect(spec.notPublished).toEqual([]);
  });

  it('returns null for a report without counted findings', () => {
    expect(countedFindingsChart(reportFor('eastmoor/2018-cdi-reinspection'))).toBeNull();
  });

  it('renders the same SVG as before', async () => {
    await expect(countedFindingsChart(met)!.svg).toMatchFileSnapshot('./__snapshots__/counted-findings.northshire-2018-cdi.html');
    await expect(countedFindingsChart(reportFor('southdale/2014-dip-sample'))!.svg).toMatchFileSnapshot('./__snapshots__/counted-findings.southdale-2014-dip-sample.html');
  });
});

describe('n100Chart', () => {
  it('plots N100 applied where needed beside the sample review, as x of n', () => {
    const spec = n100Chart(met)!;
    expect(spec.id).toBe('n100');
    expect(spec.table.rows).toEqual([
      ['N100 applied where needed', '34 of 48'],
      ['N100 sample: correct', '14 of 20'],
      ['N100 sample: should have been rape', '6 of 20'],
    ]);
    expect(svgTexts(spec.image.svg)).toEqual(expect.arrayContaining(['34 of 48', '14 of 20', '6 of 20']));
    // A track for n and a bar for x on each row.
    expect(spec.image.svg.match(/<rect /g)).toHaveLength(6);
  });

  it('says each finding in a sentence', () => {
    expect(n100Chart(met)!.summary).toBe(
      '34 of 48 reports needing an N100 classification had one. 14 of 20 sampled N100 records were correct. 6 of 20 sampled N100 records should have been recorded as rape.',
    );
  });

  it('lists a missing part of the review as not published', () => {
    const spec = n100Chart(without(met, 'n100-sample-should-be-rape'))!;
    expect(spec.notPublished).toEqual(['N100 sample: should have been rape: not published']);
    expect(spec.table.rows).toHaveLength(2);
  });

  it('returns null for a report without N100 findings', () => {
    expect(n100Chart(reportFor('eastmoor/2018-cdi-reinspection'))).toBeNull();
  });

  it('renders the same SVG as before', async () => {
    await expect(n100Chart(met)!.svg).toMatchFileSnapshot('./__snapshots__/n100.northshire-2018-cdi.html');
  });
});
