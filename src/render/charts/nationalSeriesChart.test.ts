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
  it('speaks Welsh on a Welsh page: summary, labels, axes, table and what is missing, from the catalogue', () => {
    const welsh = nationalSeriesChart([...reports, report('south-wales', '2018-cdi', '2018-05-01', [figure('overall', 88.4)])], 'cy')!;
    expect(welsh.heading).toBe('Cofnodi trosedd dros amser: Cymru a Lloegr fel diemyntau, cyfraddau union pob heddlu fel dotiau llwyd');
    expect(welsh.summary).toBe(
      'Tair cyfradd cofnodi gyffredinol union gan heddluoedd, o 2017 i 2018, wedi’u lluniadu fel dotiau llwyd yn ôl amser eu harolygiad. ' +
        'Nid oes cyfradd cofnodi genedlaethol union yn y data hwn. ' +
        'Arolygiad cenedlaethol 2014: 81% fel y’i dyfynnwyd (wedi’i dalgrynnu); dros 800,000 o droseddau y flwyddyn heb eu cofnodi. ' +
        'Nid oes ffigur cenedlaethol o arolygiadau PEEL (o 2021 ymlaen) yn y data hwn.',
    );
    expect(welsh.svg).toContain('>2014: 81% fel y’i dyfynnwyd<');
    expect(welsh.svg).toContain('>Dim ffigur cenedlaethol<');
    expect(welsh.svg).toContain('Blwyddyn yr arolygiad');
    expect(welsh.svg).not.toMatch(/as quoted|No national|Recorded \(%\)|Year of the inspection/);
    expect(welsh.table.columns).toEqual(['Heddlu', 'Blwyddyn', 'Cyfradd cofnodi gyffredinol', 'Arolygiad']);
    // A Welsh force by its area's Welsh name.
    expect(welsh.table.rows).toContainEqual(['De Cymru', '2018', '88.4%', 'Arolygiad cywirdeb data troseddu 2018']);
    expect(welsh.table.rows).toContainEqual(['met', '2018', '89.5%', 'Arolygiad cywirdeb data troseddu 2018']);
    expect(welsh.notPublished).toEqual([
      'Cymru a Lloegr, 2014: dim cyfradd genedlaethol union wedi’i chyhoeddi (81% fel y’i dyfynnwyd (wedi’i dalgrynnu); dros 800,000 o droseddau y flwyddyn heb eu cofnodi)',
      'Cymru a Lloegr, arolygiadau PEEL o 2021 ymlaen: dim ffigur cenedlaethol yn y data hwn',
    ]);
  });
});
