import { describe, expect, it } from 'vitest';
import { sourceLine } from '../phrases.ts';
import { recordingRatesChart } from './recordingRatesChart.ts';
import { reportFor, svgTexts, without } from '../../../tests/render/fixtureReports.ts';

const met = reportFor('northshire/2018-cdi');

describe('recordingRatesChart', () => {
  it('plots each crime group with its rate and 95% interval', () => {
    const spec = recordingRatesChart(met)!;
    expect(spec.id).toBe('recording-rates');
    expect(spec.question).toBe(1);
    expect(spec.table.rows).toEqual([
      ['All crime', '89.5%', '87.9% to 91.1%'],
      ['Violence against the person', '87.6%', '84.8% to 90.4%'],
      ['Sexual offences (including rape)', '91%', '88.1% to 93.9%'],
      ['Domestic abuse', '84.9%', '80.6% to 89.1%'],
    ]);
    expect(svgTexts(spec.image.svg)).toEqual(expect.arrayContaining(['89.5%', '87.6%', '91%', '84.9%', 'Recorded correctly (%)']));
    expect(spec.image.svg.match(/<circle /g)).toHaveLength(4);
    expect(spec.notPublished).toEqual([]);
  });

  it('says what it shows in a sentence built from the figures', () => {
    expect(recordingRatesChart(met)!.summary).toBe(
      'The force recorded 89.5% of reported crimes (95% confidence interval 87.9% to 91.1%). Violence against the person: 87.6% (84.8% to 90.4%). Sexual offences (including rape): 91% (88.1% to 93.9%). Domestic abuse: 84.9% (80.6% to 89.1%).',
    );
  });

  it('names the source and whether figures are as published or computed from counts', () => {
    const spec = recordingRatesChart(met)!;
    expect(sourceLine(spec.source)).toBe('Source: HMICFRS, Northshire Constabulary, Crime data integrity inspection 2018 (as published and computed from counts)');
    expect(spec.source.url).toBe(met.sourceUrl);
  });

  it('leaves out a group without a rate and lists it, saying why (no row for it: not found yet)', () => {
    const spec = recordingRatesChart(without(met, 'domestic-abuse'))!;
    expect(spec.table.rows.map((row) => row[0])).not.toContain('Domestic abuse');
    expect(svgTexts(spec.image.svg)).not.toContain('Domestic abuse');
    expect(spec.notPublished).toEqual(['Domestic abuse: not found yet']);
  });

  it('says an interval the source did not publish is not published by the source, apart from one not found', () => {
    const peel = reportFor('westvale/2021-peel');
    const unpublished = { ...peel, figures: peel.figures.map((f) => (f.measure === 'overall' ? { ...f, absent: { ...f.absent, interval: 'not-published' as const } } : f)) };
    expect(recordingRatesChart(unpublished)!.table.rows[0]).toEqual(['All crime', '87.6%', 'interval not published by the source']);
    expect(recordingRatesChart(unpublished, 'independent', 'cy')!.table.rows[0]![2]).toBe('cyfwng heb ei gyhoeddi gan y ffynhonnell');
  });

  it('draws a rate without an interval as a dot and says why the interval is missing', () => {
    const spec = recordingRatesChart(reportFor('westvale/2021-peel'))!;
    expect(spec.table.rows[0]).toEqual(['All crime', '87.6%', 'interval not found yet']);
    expect(spec.summary).toContain('87.6% of reported crimes (interval not found yet)');
    expect(spec.image.svg.match(/<circle /g)).toHaveLength(3);
    expect(spec.image.svg).not.toContain('<line');
  });

  it('returns null for a report without any recording rate', () => {
    expect(recordingRatesChart(reportFor('southdale/2018-cdi-reinspection'))).toBeNull();
  });

  it('renders the same SVG as before', async () => {
    await expect(recordingRatesChart(met)!.svg).toMatchFileSnapshot('./__snapshots__/recording-rates.northshire-2018-cdi.html');
    await expect(recordingRatesChart(reportFor('eastmoor/2018-cdi-reinspection'))!.svg).toMatchFileSnapshot('./__snapshots__/recording-rates.eastmoor-2018-cdi-reinspection.html');
  });
});

describe('recordingRatesChart in Welsh', () => {
  // A Welsh force's report: the same figures, the force named in Welsh.
  const gwent = { ...met, force: { ...met.force, id: 'gwent', name: 'Gwent Police' } };

  it('writes its heading, summary, axis, table and source in Welsh, the figures as in English', () => {
    const spec = recordingRatesChart(gwent, 'independent', 'cy')!;
    expect(spec.heading).toBe('Troseddau a gofnodwyd yn gywir, fesul grŵp trosedd');
    expect(spec.summary).toBe(
      'Cofnododd yr heddlu 89.5% o’r troseddau a adroddwyd iddo (cyfwng hyder 95% 87.9% i 91.1%). Trais yn erbyn y person: 87.6% (84.8% i 90.4%). Troseddau rhywiol (gan gynnwys trais rhywiol): 91% (88.1% i 93.9%). Cam-drin domestig: 84.9% (80.6% i 89.1%).',
    );
    expect(spec.table.columns).toEqual(['Grŵp trosedd', 'Wedi’u cofnodi’n gywir', 'Cyfwng hyder 95%']);
    expect(spec.table.rows[0]).toEqual(['Pob trosedd', '89.5%', '87.9% i 91.1%']);
    expect(svgTexts(spec.image.svg)).toEqual(expect.arrayContaining(['Pob trosedd', 'Wedi’u cofnodi’n gywir (%)']));
    expect(svgTexts(spec.image.svg)).not.toContain('Recorded correctly (%)');
    expect(sourceLine(spec.source, 'cy')).toBe(
      'Ffynhonnell: HMICFRS, Heddlu Gwent, Arolygiad cywirdeb data troseddu 2018 (fel y’i cyhoeddwyd ac wedi’i gyfrifo o’r cyfrifon)',
    );
    expect(recordingRatesChart(without(gwent, 'domestic-abuse'), 'independent', 'cy')!.notPublished).toEqual(['Cam-drin domestig: heb ei chanfod eto']);
  });
});
