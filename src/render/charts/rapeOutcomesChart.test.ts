import { describe, expect, it } from 'vitest';
import { rapeOutcomesChart } from './rapeOutcomesChart.ts';
import { reportFor, svgTexts, without } from '../../../tests/render/fixtureReports.ts';

const met = reportFor('northshire/2018-cdi');

describe('rapeOutcomesChart', () => {
  it('plots how many reports of rape were recorded correctly and how many fell to each error', () => {
    const spec = rapeOutcomesChart(met)!;
    expect(spec.id).toBe('rape-outcomes');
    expect(spec.table.rows).toEqual([
      ['Recorded correctly', '98'],
      ['Wrongly classed as N100', '14'],
      ['Recorded as another offence', '2'],
      ['Held only on another system', '1'],
      ['Not recorded', '3'],
    ]);
    expect(spec.image.svg.match(/<rect /g)).toHaveLength(5);
    expect(svgTexts(spec.image.svg)).toEqual(expect.arrayContaining(['98', '14', '2', '1', '3']));
  });

  it('says what happened to the reports of rape in a sentence', () => {
    expect(rapeOutcomesChart(met)!.summary).toBe(
      'Of 118 reports of rape that should have been recorded, 98 were recorded correctly; 14 were wrongly classed as N100, 2 were recorded as another offence, 1 was held only on another system and 3 were not recorded.',
    );
  });

  it('lists an outcome without data as not published, never as a bar of 0', () => {
    const spec = rapeOutcomesChart(without(met, 'rape-other-system'))!;
    expect(spec.notPublished).toEqual(['Held only on another system: not published']);
    expect(spec.image.svg.match(/<rect /g)).toHaveLength(4);
    expect(svgTexts(spec.image.svg)).not.toContain('Held only on another system');
  });

  it('draws only the correctly recorded reports where the errors are not broken down', () => {
    const spec = rapeOutcomesChart(reportFor('eastmoor/2018-cdi-reinspection'))!;
    expect(spec.table.rows).toEqual([['Recorded correctly', '62']]);
    expect(spec.summary).toBe('Of 63 reports of rape that should have been recorded, 62 were recorded correctly.');
    expect(spec.notPublished).toHaveLength(4);
  });

  it('returns null for a report without reports of rape', () => {
    expect(rapeOutcomesChart(reportFor('westvale/2021-peel'))).toBeNull();
  });

  it('renders the same SVG as before', async () => {
    await expect(rapeOutcomesChart(met)!.svg).toMatchFileSnapshot('./__snapshots__/rape-outcomes.northshire-2018-cdi.html');
    await expect(rapeOutcomesChart(reportFor('eastmoor/2018-cdi-reinspection'))!.svg).toMatchFileSnapshot('./__snapshots__/rape-outcomes.eastmoor-2018-cdi-reinspection.html');
  });
});
