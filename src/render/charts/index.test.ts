import { describe, expect, it } from 'vitest';
import { sourceLine } from '../phrases.ts';
import { overviewCharts, reportCharts } from './index.ts';
import { chartLayouts } from './layouts.ts';
import { reportFor, reports, site, svgTexts } from '../../../tests/render/fixtureReports.ts';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('reportCharts', () => {
  it('gives a report page its charts in page order', () => {
    expect(reportCharts(reportFor('northshire/2018-cdi')).map((spec) => spec.id)).toEqual(['unrecorded', 'recording-rates', 'rape-outcomes', 'n100', 'counted-findings']);
    expect(reportCharts(reportFor('southdale/2018-cdi-reinspection'))).toEqual([]);
  });

  it('has a fixture report for every chart', () => {
    const drawn = new Set(reports.flatMap((report) => reportCharts(report).map((spec) => `${spec.id}: ${spec.heading}`)));
    expect([...drawn].sort()).toEqual([
      'counted-findings: Findings counted in the audit',
      'n100: Reports of rape classed as N100',
      'rape-outcomes: What happened to reports of rape',
      'recording-rates: Crimes recorded correctly, by crime group',
      'unrecorded: Crimes additionally recorded a year (estimate)',
      'unrecorded: Crimes not recorded a year (estimate)',
    ]);
  });

  const charts = reports.flatMap((report) => reportCharts(report).map((spec) => [`${report.key} ${spec.id}`, report, spec] as const));

  it.each(charts)('agrees between table, summary and SVG: %s', (_name, report, spec) => {
    const texts = svgTexts(spec.image.svg);
    const [, ...valueColumns] = spec.table.columns;
    expect(valueColumns.length).toBeGreaterThan(0);
    for (const [label, ...values] of spec.table.rows) {
      // One row of the table is one row of marks, named once in the SVG.
      expect(texts.filter((text) => text === label)).toHaveLength(1);
      for (const value of values) expect(texts.includes(value) || spec.summary.includes(value)).toBe(true);
      expect(spec.summary).toContain(values[0]!.replace(/^over /, ''));
    }
    expect(texts.filter((text) => spec.table.rows.some((row) => row[0] === text))).toHaveLength(spec.table.rows.length);
    // One plotted figure per row, each a figure the report has.
    expect(spec.figures).toHaveLength(spec.table.rows.length);
    for (const { measure } of spec.figures) expect(report.figures.map((f) => f.measure)).toContain(measure);
    for (const note of spec.notPublished) expect(texts).not.toContain(note.split(':')[0]);
    // One drawing per layout, each an image named by the summary.
    const drawings = spec.svg.match(/<svg [^>]*>/g) ?? [];
    expect(drawings).toHaveLength(chartLayouts.length);
    for (const [i, drawing] of drawings.entries()) {
      expect(drawing).toContain(`aria-label="${spec.summary}"`);
      expect(drawing).toContain(` class="chart-w${chartLayouts[i]!.width}"`);
      expect(drawing).toMatch(new RegExp(`viewBox="0 0 ${chartLayouts[i]!.width} \\d+"`));
    }
    // The inspectorate's own pages: HMIC before 19 July 2017, HMICFRS after, and no "as reported by".
    expect(sourceLine(spec.source)).toContain(`${report.published && report.published.date < '2017-07-19' ? 'HMIC' : 'HMICFRS'}, ${report.force.name}, ${report.title} (`);
    expect(spec.source.url).toBe(report.sourceUrl);
    expect(bytes(spec.svg)).toBeLessThan(8000 * chartLayouts.length);
  });

  it('never gives two charts of a page the same id', () => {
    const specs = reportCharts(reportFor('northshire/2018-cdi'));
    const ids = specs.flatMap((spec) => [spec.id, ...[...spec.svg.matchAll(/ id="([^"]+)"/g)].map((match) => match[1])]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('overviewCharts(site, base)', () => {
  it('gives the overview its charts by their place on the page, drawn once per build', () => {
    const charts = overviewCharts(site, '/');
    // The fixture's made-up forces have no place on the grid map of England and Wales.
    expect([charts.map, charts.rates?.id, charts.grades.id]).toEqual([null, 'national-rates', 'grade-spread']);
    expect(overviewCharts(site, '/')).toBe(charts);
    expect(overviewCharts(site, '/cdi/')).not.toBe(charts);
  });
});
