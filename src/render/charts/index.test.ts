import { describe, expect, it } from 'vitest';
import { chartsFor } from './index.ts';
import { reportFor, reports, svgTexts } from './testReports.ts';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('chartsFor', () => {
  it('gives a report page its charts in page order', () => {
    expect(chartsFor(reportFor('metropolitan/2018-cdi')).map((spec) => spec.id)).toEqual(['unrecorded', 'recording-rates', 'rape-outcomes', 'n100', 'counted-findings']);
    expect(chartsFor(reportFor('devon-and-cornwall/2018-cdi-reinspection'))).toEqual([]);
  });

  it('has shipped reports to check', () => {
    expect(reports.length).toBeGreaterThan(10);
  });

  const charts = reports.flatMap((report) => chartsFor(report).map((spec) => [`${report.key} ${spec.id}`, report, spec] as const));

  it.each(charts)('agrees between table, summary and SVG: %s', (_name, report, spec) => {
    const texts = svgTexts(spec.svg);
    const [, ...valueColumns] = spec.table.columns;
    expect(valueColumns.length).toBeGreaterThan(0);
    for (const [label, ...values] of spec.table.rows) {
      // One row of the table is one row of marks, named once in the SVG.
      expect(texts.filter((text) => text === label)).toHaveLength(1);
      for (const value of values) expect(texts.includes(value) || spec.summary.includes(value)).toBe(true);
      expect(spec.summary).toContain(values[0]!.replace(/^over /, ''));
    }
    expect(texts.filter((text) => spec.table.rows.some((row) => row[0] === text))).toHaveLength(spec.table.rows.length);
    for (const note of spec.notPublished) expect(texts).not.toContain(note.split(':')[0]);
    expect(spec.svg).toMatch(new RegExp(`^<svg [^>]*aria-label="${spec.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
    expect(spec.svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(spec.source).toContain(`HMICFRS, ${report.force.name}, ${report.title} (`);
    expect(spec.sourceUrl).toBe(report.sourceUrl);
    expect(bytes(spec.svg)).toBeLessThan(8000);
  });

  it('never gives two charts of a page the same id', () => {
    const specs = chartsFor(reportFor('metropolitan/2018-cdi'));
    const ids = specs.flatMap((spec) => [spec.id, ...[...spec.svg.matchAll(/ id="([^"]+)"/g)].map((match) => match[1])]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
