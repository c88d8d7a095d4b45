import { join } from 'node:path';
import type { Report, Site } from '../../src/engine/compute/model.ts';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { formatProblem } from '../../src/engine/vocabulary.ts';

/** The input root of tests/fixtures/charts: made-up forces with one report for each chart, never the shipped data/. */
export const chartsRoot = join(import.meta.dirname, '..', 'fixtures', 'charts');

function fixtureSite(): Site {
  const { site, problems: all } = runPipeline(chartsRoot);
  // Southdale's 2014 dip sample has no publication date, as the real ones do: the checker says so, on purpose.
  const problems = all.filter((p) => !(p.severity === 'warning' && p.field === 'published'));
  if (!site || problems.length > 0) throw new Error(`tests/fixtures/charts is not a clean input root:\n${problems.map(formatProblem).join('\n')}`);
  return site;
}

/** The fixture's site model, from the same pipeline as the build. */
export const site: Site = fixtureSite();
export const reports: Report[] = site.reports;

export function reportFor(key: string): Report {
  const report = reports.find((r) => r.key === key);
  if (!report) throw new Error(`no report ${key} in tests/fixtures/charts`);
  return report;
}

/** The report with the figures of `measures` removed, as if the source had not published them. */
export function without(report: Report, ...measures: string[]): Report {
  return { ...report, figures: report.figures.filter((f) => !measures.includes(f.measure)) };
}

/** The text of every <text> element of an SVG. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));
}
