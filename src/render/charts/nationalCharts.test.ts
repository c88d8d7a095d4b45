import { describe, expect, it } from 'vitest';
import { figure, report } from '../../../tests/overview/reportFixture.ts';
import { buildNational } from '../../engine/compute/buildNational.ts';
import type { ForceRef } from '../../engine/compute/model.ts';
import { gradeSpreadChart, nationalRatesChart } from './nationalCharts.ts';

const force = (id: string): ForceRef => ({ id, name: `${id} Police`, shortName: id, country: 'England' });
const national = buildNational(['kent', 'leics', 'met', 'none'].map(force), [
  report('kent', 'a', '2019-01-15', [figure('overall', 96.6)], { grade: 'outstanding' }),
  report('leics', 'a', '2017-09-07', [figure('overall', 75.8, 1.94)], { grade: 'inadequate' }),
  report('met', 'a', '2018-07-17', [figure('overall', 89.5, 1.64)], { grade: 'good' }),
]);

describe('nationalRatesChart', () => {
  const spec = nationalRatesChart(national)!;

  it('nationalRatesChart(national) tables exactly the plotted rates, highest first, then the median', () => {
    expect(spec.table.rows).toEqual([
      ['kent', '96.6%', 'interval not published', 'Inspection a'],
      ['met', '89.5%', '87.86% to 91.14%', 'Inspection a'],
      ['leics', '75.8%', '73.86% to 77.74%', 'Inspection a'],
      ['Median of the 3 latest rates', '89.5%', 'not applicable', 'the rates above'],
    ]);
  });

  it('nationalRatesChart(national) is one named image with a text label for every rate and the median', () => {
    expect(spec.svg).toMatch(/^<svg [^>]*role="img"/);
    expect(spec.svg.match(/aria-label=/g)).toHaveLength(1);
    for (const text of ['96.6%', '89.5%', '75.8%', 'Median 89.5%', 'kent', 'leics']) expect(spec.svg).toContain(`>${text}<`);
  });

  it('nationalRatesChart(national) says what the median is and lists forces without a rate as not published', () => {
    expect(spec.summary).toContain('The median of these 3 latest rates is 89.5%');
    expect(spec.summary).toContain('It is not a national recording rate.');
    expect(spec.summary).toContain('1 of the rates was published without a 95% interval.');
    expect(spec.notPublished).toEqual(['none: not published']);
  });

  it('nationalRatesChart(national) returns null when no force has a rate', () => {
    expect(nationalRatesChart(buildNational([force('none')], []))).toBeNull();
  });
});

describe('gradeSpreadChart', () => {
  it('gradeSpreadChart(national) counts forces per latest grade, with a text label on each bar', () => {
    const spec = gradeSpreadChart(national);
    expect(spec.table.rows).toEqual([
      ['Outstanding', '1'],
      ['Good', '1'],
      ['Adequate', '0'],
      ['Requires improvement', '0'],
      ['Inadequate', '1'],
      ['No grade published', '1'],
    ]);
    expect(spec.svg).toContain('>0 forces<');
    expect(spec.summary).toBe('Latest overall grade of the 4 forces: outstanding, 1 force; good, 1 force; adequate, 0 forces; requires improvement, 0 forces; inadequate, 1 force; no grade published, 1 force.');
  });
});
