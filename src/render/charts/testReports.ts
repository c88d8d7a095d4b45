import { runPipeline } from '../../engine/pipeline.ts';
import type { Report } from '../../engine/compute/model.ts';

const { site } = runPipeline(process.cwd());

/** The shipped reports, from the same pipeline as the build, for chart tests. */
export const reports: Report[] = site?.reports ?? [];

export function reportFor(key: string): Report {
  const report = reports.find((r) => r.key === key);
  if (!report) throw new Error(`no report ${key}`);
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
