import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { expectPlotted, readStrictCsv } from '../../../tests/newsroom/plainCsv.ts';
import { reportFor, site } from '../../../tests/render/fixtureReports.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { countedFindingsChart } from '../charts/countedChart.ts';
import { rapeOutcomesChart } from '../charts/rapeOutcomesChart.ts';
import { rateOverTimeChart } from '../charts/rateOverTimeChart.ts';
import { recordingRatesChart } from '../charts/recordingRatesChart.ts';
import { unrecordedChart } from '../charts/unrecordedChart.ts';
import { trendLabel } from '../trends.ts';
import { byteOrderMark, chartCsv, chartSidecar, forceChartSidecar, republishedCsv, toCsv } from './csv.ts';

const report = reportFor('northshire/2018-cdi');
const rates = recordingRatesChart(report)!;
const force = site.forces.find((f) => f.id === 'northshire')!;
const overTime = rateOverTimeChart(force)!;
const specs = [rates, unrecordedChart(report)!, rapeOutcomesChart(report)!, countedFindingsChart(report)!, overTime];
const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true });

describe('toCsv(columns, rows)', () => {
  it('quotes what needs quoting and ends lines with \\n', () => {
    expect(toCsv(['Crime group', 'Count'], [['All crime', 'over 94,500'], ['Say "hi"', null]])).toBe('Crime group,Count\nAll crime,"over 94,500"\n"Say ""hi""",\n');
  });
});

describe('toCsv() and spreadsheet formulas', () => {
  it("puts a ' before every text cell a spreadsheet would run as a formula, so that it reads back as that text, and leaves numbers as numbers", () => {
    const attacks = ['=HYPERLINK("https://evil.example/x","Click for source")', '@SUM(1+1)*cmd|/C calc!A0', '+1+1', '-2+3', '\tx', '\r=1'];
    const csv = toCsv(['text', 'number', 'signed text'], attacks.map((attack) => [attack, -1.5, '-1.5']));
    const [header, ...rows] = parse(csv).data;
    expect(header).toEqual(['text', 'number', 'signed text']);
    expect(rows).toEqual(attacks.map((attack) => [`'${attack}`, '-1.5', '-1.5']));
  });
});

describe('republishedCsv(text)', () => {
  it('gives back a file of plain cells byte for byte, and makes a formula cell text', () => {
    const plain = 'id,name\nmet,"Police, Met"\nwv,"Say ""hi"""\n';
    expect(republishedCsv(plain)).toBe(plain);
    expect(parse(republishedCsv('id,name\nmet,=1+1\n')).data).toEqual([['id', 'name'], ['met', "'=1+1"]]);
  });
});

describe('chartCsv(spec)', () => {
  it('is a byte-order mark, then the header row of column names, with no comment line', () => {
    for (const spec of specs) {
      const csv = chartCsv(spec);
      expect(csv.startsWith(`${byteOrderMark}${spec.data.columns.map((c) => c.name).join(',')}\n`), spec.id).toBe(true);
      expect(csv.split('\n').some((line) => line.startsWith('#')), spec.id).toBe(false);
    }
  });

  it("holds exactly the spec's data, one row per plotted item, each as wide as the header", () => {
    for (const spec of specs) {
      const { data, errors } = parse(chartCsv(spec));
      expect(errors, spec.id).toEqual([]);
      expect(readStrictCsv(chartCsv(spec)), spec.id).toEqual(data);
      const [header, ...rows] = data;
      expect(header, spec.id).toEqual(spec.data.columns.map((c) => c.name));
      expect(rows.length, spec.id).toBe(spec.table.rows.length);
      rows.forEach((row, i) => expectPlotted(row, spec.data.rows[i]!, `${spec.id} row ${i + 1}`));
    }
  });

  it("gives the report's own figures as numbers, an empty cell where an interval is not published", () => {
    const [header = [], ...rows] = parse(chartCsv(rates)).data;
    const column = (row: string[], name: string) => row[header.indexOf(name)];
    expect(header).toEqual(['crime_group', 'measure', 'rate_pct', 'ci_low_pct', 'ci_high_pct', 'ci_half_width_pct']);
    for (const row of rows) {
      const figure = report.figures.find((f) => f.measure === column(row, 'measure'))!;
      expect(Number(column(row, 'rate_pct'))).toBeCloseTo(figure.rate!.value, 9);
      if (figure.interval) {
        expect(Number(column(row, 'ci_low_pct'))).toBeCloseTo(figure.interval.low, 9);
        expect(Number(column(row, 'ci_high_pct'))).toBeCloseTo(figure.interval.high, 9);
        expect(Number(column(row, 'ci_half_width_pct'))).toBeCloseTo(figure.interval.halfWidth, 9);
      } else expect(column(row, 'ci_low_pct')).toBe('');
    }
  });

  it("gives a force chart's rates as numbers, one row per inspection in each crime group, empty where not published", () => {
    const [header = [], ...rows] = parse(chartCsv(overTime)).data;
    expect(header).toEqual(['crime_group', 'measure', 'inspection', 'rate_pct', 'ci_low_pct', 'ci_high_pct', 'change_points', 'significant']);
    const figures = force.trends.flatMap((trend) => trend.rows.filter((row) => overTime.table.rows.some((r) => r[0] === trendLabel('en', trend) && r[1] === row.inspection.title)));
    expect(rows.length).toBe(figures.length);
    rows.forEach((row, i) => {
      const figure = figures[i]!.figure;
      if (figure) expect(Number(row[3])).toBeCloseTo(figure.value, 9);
      else expect(row[3]).toBe('');
    });
  });

  it('writes computed bounds without floating-point tails', () => {
    expect(chartCsv(rates)).not.toMatch(/\d\.\d*0000000|\d\.\d*9999999/);
  });
});

describe('chartSidecar(report, spec, context)', () => {
  const context = { url: 'https://cdi.example/forces/northshire/2018-cdi/#recording-rates', citation: 'Cite me', release: 'data release 1.0.0 of 1 December 2026', version: 'cdi-reports 1.0.0' };
  const sidecar = JSON.parse(chartSidecar(report, rates, context)) as Record<string, unknown>;

  it("carries the chart's provenance: title, source once, status, sample sizes, citation, release and version", () => {
    expect(sidecar).toMatchObject({
      title: rates.heading,
      csv: 'recording-rates.csv',
      force: 'Northshire Constabulary',
      status: 'as published and computed from counts',
      source: { name: rates.source.name, url: report.sourceUrl },
      citation: 'Cite me',
      release: 'data release 1.0.0 of 1 December 2026',
      version: 'cdi-reports 1.0.0',
      url: context.url,
    });
    expect(JSON.stringify(sidecar)).not.toContain('Source:');
  });

  it('names the base of each plotted figure, null where it is not published, and the columns of the CSV', () => {
    expect(sidecar.sample_sizes).toEqual(rates.figures.map((f) => expect.objectContaining({ measure: f.measure, sample_size: f.sampleSize })));
    expect((sidecar.sample_sizes as { measure: string; sample_size: number | null }[]).find((s) => s.measure === 'violence')?.sample_size).toBe(524);
    expect((sidecar.sample_sizes as { measure: string; sample_size: number | null }[]).find((s) => s.measure === 'overall')?.sample_size).toBeNull();
    expect(sidecar.reports_audited).toBe(1396);
    expect(sidecar.columns).toEqual(rates.data.columns);
  });
});

describe('forceChartSidecar(force, spec, context)', () => {
  const context = { url: 'https://cdi.example/forces/northshire/#rate-over-time', citation: 'Cite me', release: 'not yet in a data release', version: 'cdi-reports 1.0.0' };
  const sidecar = JSON.parse(forceChartSidecar(force, overTime, context)) as Record<string, unknown>;

  it("carries the force chart's provenance, citation and release, and no one inspection's fields", () => {
    expect(sidecar).toMatchObject({
      title: 'Recording rate at each inspection',
      csv: 'rate-over-time.csv',
      force: 'Northshire Constabulary',
      status: 'as published and computed from counts',
      source: { name: overTime.source.name, url: overTime.source.url },
      citation: 'Cite me',
      release: 'not yet in a data release',
      version: 'cdi-reports 1.0.0',
      url: context.url,
      columns: overTime.data.columns,
    });
    for (const field of ['inspection', 'published', 'audit_period', 'reports_audited', 'sample_sizes']) expect(sidecar, field).not.toHaveProperty(field);
  });
});
