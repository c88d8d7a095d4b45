import { describe, expect, it } from 'vitest';
import { figure, report } from '../../../tests/overview/reportFixture.ts';
import type { Report } from '../../engine/compute/model.ts';
import { nationalSeriesChart } from './nationalSeriesChart.ts';

const national = (slug: string, published: string, figures: Report['figures']): Report => ({
  ...report('england-and-wales', slug, published, figures, { kind: 'national' }),
  force: { id: 'england-and-wales', name: 'England and Wales', shortName: 'England and Wales', country: 'England and Wales' },
});
const rounding = { ...figure('overall', null), approx: '81%', unrecorded: { over: 800000, qualifier: 'over' as const, text: 'over 800,000', status: 'published' as const, range: null } };
const reports = [
  national('2014-national', '2014-11-18', [rounding]),
  report('kent', '2017-cdi', '2017-06-01', [figure('overall', 96.6)]),
  report('met', '2018-cdi', '2018-07-17', [figure('overall', 89.5, 1.64)], { grade: 'good' }),
  report('met', '2022-peel', null, [], { grade: 'adequate', scale: 'five-grade' }),
];

describe('nationalSeriesChart', () => {
  const spec = nationalSeriesChart(reports)!;

  it('plots every exact overall rate, forces and nation apart, and no grade', () => {
    expect(spec.data.rows).toEqual([
      ['kent', 'kent', '2017', 96.6, 'force', 'Inspection 2017-cdi'],
      ['met', 'met', '2018', 89.5, 'force', 'Inspection 2018-cdi'],
    ]);
    expect(spec.svg).not.toMatch(/adequate|good/i);
  });

  it('writes a national figure without an exact rate as printed, and says that the PEEL era has no national figure', () => {
    expect(spec.notPublished).toEqual([
      'England and Wales, 2014: no exact national rate published (81% as quoted (a rounding); over 800,000 crimes a year not recorded)',
      'England and Wales, PEEL inspections from 2021: no national figure in this data',
    ]);
    expect(spec.svg).toContain('>2014: 81% as quoted<');
    expect(spec.svg).toContain('>No national figure<');
    expect(spec.summary).toContain('No national figure from the PEEL inspections (from 2021) is in this data.');
  });

  it('draws an exact national rate as a labelled diamond and then says nothing is missing', () => {
    const withPeel = nationalSeriesChart([...reports, national('2023-peel', '2023-12-06', [figure('overall', 92.1)])])!;
    expect(withPeel.svg).toContain('>92.1%<');
    expect(withPeel.svg).toContain('text-anchor="end"');
    expect(withPeel.summary).not.toContain('No national figure from the PEEL');
    expect(withPeel.data.rows.at(-1)).toEqual(['England and Wales', 'england-and-wales', '2023', 92.1, 'national', 'Inspection 2023-peel']);
  });

  it('returns null with nothing to draw', () => {
    expect(nationalSeriesChart([report('kent', 'a', '2017-01-01', [])])).toBeNull();
  });
});
