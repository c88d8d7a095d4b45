import { describe, expect, it } from 'vitest';
import { reportFor, svgTexts, without } from '../../../tests/render/fixtureReports.ts';
import { unrecordedChart } from './unrecordedChart.ts';

const met = reportFor('northshire/2018-cdi');

describe('unrecordedChart', () => {
  it('plots crimes a year not recorded by crime group, with the range from the 95% interval', () => {
    const spec = unrecordedChart(met)!;
    expect(spec.id).toBe('unrecorded');
    expect(spec.question).toBeNull();
    expect(spec.table.rows).toEqual([
      ['All crime', 'over 94,500', '78,300 to 111,000'],
      ['Violence against the person', 'over 28,100', '21,000 to 35,600'],
      ['Sexual offences (including rape)', 'over 1,890', '1,240 to 2,580'],
    ]);
    expect(svgTexts(spec.image.svg)).toEqual(expect.arrayContaining(['over 94,500', 'over 28,100', 'over 1,890']));
  });

  it('says who estimated it, by the data path and in the site\'s voice', () => {
    const withStatus = (status: 'computed' | 'audit') => ({
      ...met,
      figures: met.figures.map((f) => (f.measure === 'overall' && f.unrecorded ? { ...f, unrecorded: { ...f.unrecorded, status } } : f)),
    });
    const first = (report: typeof met, voice: 'independent' | 'inspectorate') => unrecordedChart(report, voice)!.summary.split(' (range')[0];
    expect(first(met, 'independent')).toBe('The inspectorate estimated that the force did not record over 94,500 crimes a year');
    expect(first(withStatus('computed'), 'independent')).toBe('From the published rate and police recorded crime, this site estimates that the force did not record over 94,500 crimes a year');
    expect(first(withStatus('audit'), 'independent')).toBe('From the audit sheet, this site estimates that the force did not record over 94,500 crimes a year');
    expect(first(met, 'inspectorate')).toBe('We estimated that the force did not record over 94,500 crimes a year');
    expect(first(withStatus('audit'), 'inspectorate')).toBe('From our audit, we estimate that the force did not record over 94,500 crimes a year');
  });

  it('explains in the summary where the range comes from', () => {
    const { summary } = unrecordedChart(met)!;
    expect(summary).toMatch(/^The inspectorate estimated that the force did not record over 94,500 crimes a year \(range 78,300 to 111,000\)\./);
    expect(summary).toContain('Each range is computed from the published estimate and the 95% interval of the rate');
  });

  it('lists a group without an estimate, saying why (no row for it: not found yet)', () => {
    const spec = unrecordedChart(without(met, 'violence'))!;
    expect(spec.notPublished).toEqual(['Violence against the person: not found yet']);
    expect(spec.table.rows).toHaveLength(2);
  });

  it('leaves out the range column where no estimate has a range', () => {
    const spec = unrecordedChart(reportFor('westvale/2021-peel'))!;
    expect(spec.table.columns).toEqual(['Crime group', 'Crimes a year not recorded']);
    expect(spec.table.rows).toEqual([['All crime', 'over 4,400']]);
  });

  it('shows crimes additionally recorded for a re-inspection that estimates those instead', () => {
    const spec = unrecordedChart(reportFor('eastmoor/2018-cdi-reinspection'))!;
    expect(spec.heading).toBe('Crimes additionally recorded a year (estimate)');
    expect(spec.table.rows).toEqual([['All crime', '25,400']]);
    expect(svgTexts(spec.image.svg)).toContain('25,400');
  });

  it('returns null when there is nothing to plot', () => {
    expect(unrecordedChart(reportFor('southdale/2014-dip-sample'))).toBeNull();
  });

  it('renders the same SVG as before', async () => {
    await expect(unrecordedChart(met)!.svg).toMatchFileSnapshot('./__snapshots__/unrecorded.northshire-2018-cdi.html');
    await expect(unrecordedChart(reportFor('eastmoor/2018-cdi-reinspection'))!.svg).toMatchFileSnapshot('./__snapshots__/unrecorded.eastmoor-2018-cdi-reinspection.html');
  });
});

describe('unrecordedChart in Welsh', () => {
  const gwent = { ...met, force: { ...met.force, id: 'gwent', name: 'Gwent Police' } };

  it('writes the estimate, its ranges and who made it in Welsh, the numbers as in English', () => {
    const spec = unrecordedChart(gwent, 'independent', 'cy')!;
    expect(spec.heading).toBe('Troseddau heb eu cofnodi bob blwyddyn (amcangyfrif)');
    expect(spec.table.columns).toEqual(['Grŵp trosedd', 'Troseddau heb eu cofnodi y flwyddyn', 'Ystod']);
    expect(spec.table.rows[0]).toEqual(['Pob trosedd', 'dros 94,500', '78,300 i 111,000']);
    expect(spec.summary.startsWith('Amcangyfrifodd yr Arolygiaeth nad oedd yr heddlu wedi cofnodi dros 94,500 o droseddau y flwyddyn (ystod 78,300 i 111,000). Trais yn erbyn y person: dros 28,100 (ystod 21,000 i 35,600).')).toBe(true);
    expect(spec.summary).toMatch(/ Cyfrifir pob ystod o.* nid argraffodd yr Arolygiaeth yr ystodau\.$/);
    expect(unrecordedChart(gwent, 'inspectorate', 'cy')!.summary).toMatch(/^Amcangyfrifwyd gennym nad oedd yr heddlu wedi cofnodi dros 94,500 o droseddau y flwyddyn/);
    expect(svgTexts(spec.image.svg)).toEqual(expect.arrayContaining(['dros 94,500', 'Pob trosedd']));
    expect(svgTexts(spec.image.svg)).not.toContain('over 94,500');
  });
});
