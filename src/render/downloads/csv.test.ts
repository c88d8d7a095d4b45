import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reportFor, site } from '../../../tests/render/fixtureReports.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { rapeOutcomesChart } from '../charts/rapeOutcomesChart.ts';
import { recordingRatesChart } from '../charts/recordingRatesChart.ts';
import { unrecordedChart } from '../charts/unrecordedChart.ts';
import { rateOverTimeChart } from '../charts/rateOverTimeChart.ts';
import { chartCsv, forceChartCsv, toCsv } from './csv.ts';

const report = reportFor('northshire/2018-cdi');
const pageUrl = 'https://cdi.example/forces/northshire/2018-cdi/';
const csv = (spec: ChartSpec) => chartCsv(report, spec, pageUrl, 'cdi-reports 1.0.0');
const header = (text: string) => Object.fromEntries([...text.matchAll(/^# ([^:]+): (.*)$/gm)].map((m) => [m[1], m[2]]));
const table = (text: string) => Papa.parse<string[]>(text, { comments: '#', skipEmptyLines: true }).data;
const rates = recordingRatesChart(report)!;

describe('toCsv(columns, rows)', () => {
  it('quotes what needs quoting and ends lines with \\n', () => {
    expect(toCsv(['Crime group', 'Count'], [['All crime', 'over 94,500'], ['Say "hi"', null]])).toBe('Crime group,Count\nAll crime,"over 94,500"\n"Say ""hi""",\n');
  });
});

describe('chartCsv(report, spec, pageUrl, stamp)', () => {
  it('puts the provenance as "# key: value" lines before exactly the rows of the table', () => {
    const text = csv(rates);
    expect(text.startsWith('# title: Crimes recorded correctly, by crime group\n# table: ')).toBe(true);
    expect(table(text)).toEqual([rates.table.columns, ...rates.table.rows]);
    expect(header(text)).toMatchObject({ force: 'Northshire Constabulary', 'source url': report.sourceUrl, url: `${pageUrl}#recording-rates`, version: 'cdi-reports 1.0.0' });
  });

  it('states how the values were obtained from the spec, as the page does', () => {
    expect(header(csv(rates)).status).toBe('as published and computed from counts');
    expect(header(csv(unrecordedChart(report)!)).status).toBe('as published and ranges computed from the 95% interval of the rate');
  });

  it('names the audit size and the base of each plotted figure, "not published" where a base is not', () => {
    expect(header(csv(rates))['sample size']).toBe(
      '1,396 crime reports were audited; not published for All crime; 524 for Violence against the person; not published for Sexual offences (including rape); 271 for Domestic abuse',
    );
  });

  it("names a breakdown's base once, with its parent", () => {
    expect(header(csv(rapeOutcomesChart(report)!))['sample size']).toBe('1,396 crime reports were audited; 118 for Rape: recorded correctly');
  });

  it('keeps its values, sample sizes and statuses when a row label is renamed', () => {
    for (const spec of [rates, rapeOutcomesChart(report)!, unrecordedChart(report)!]) {
      const renamed = { ...spec, table: { ...spec.table, rows: spec.table.rows.map(([, ...values], i) => [`Renamed row ${i + 1}`, ...values]) } };
      const [before, after] = [csv(spec), csv(renamed)];
      expect(table(after).map((row) => row.slice(1))).toEqual(table(before).map((row) => row.slice(1)));
      expect(table(after).slice(1).map((row) => row[0])).not.toEqual(table(before).slice(1).map((row) => row[0]));
      expect(header(after)).toEqual(header(before));
    }
  });

  it('keeps each header value on one line', () => {
    expect(csv({ ...rates, heading: 'Crimes\nrecorded' })).toContain('# title: Crimes recorded\n');
  });
});

describe('forceChartCsv(force, spec, pageUrl, stamp)', () => {
  it('puts the force chart’s provenance and citation before exactly the rows of its table', () => {
    const force = site.forces.find((f) => f.id === 'northshire')!;
    const spec = rateOverTimeChart(force)!;
    const text = forceChartCsv(force, spec, 'https://cdi.example/forces/northshire/', 'cdi-reports 1.0.0');
    expect(table(text)).toEqual([spec.table.columns, ...spec.table.rows]);
    expect(header(text)).toMatchObject({
      title: 'Recording rate at each inspection',
      force: 'Northshire Constabulary',
      status: 'as published and computed from counts',
      url: 'https://cdi.example/forces/northshire/#rate-over-time',
      'cite as': `Northshire Constabulary: Recording rate at each inspection. ${spec.source.name}. ${spec.source.url}. Cited from https://cdi.example/forces/northshire/#rate-over-time`,
    });
  });
});
