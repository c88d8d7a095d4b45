import Papa from 'papaparse';
import { formatCount } from '../../engine/compute/format.ts';
import { findMeasure } from '../../engine/vocabulary.ts';
import type { ForceRef, Report } from '../../engine/compute/model.ts';
import type { ChartSpec, PlottedFigure } from '../charts/spec.ts';
import { citeChart, citeForceChart, figureOf, provenanceText, sourceLine } from '../phrases.ts';

/** RFC 4180 CSV with a header row and "\n" line ends, so that builds are byte-identical on every platform. */
export function toCsv(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return `${Papa.unparse({ fields: [...columns], data: rows.map((row) => row.map((cell) => cell ?? '')) }, { newline: '\n' })}\n`;
}

/**
 * A chart's download: its provenance as "# key: value" lines, then exactly the rows of its table.
 * Every line of the header comes from the spec's fields and the report, never from the table's text.
 * `pageUrl` is the report page's absolute URL; `stamp` names the build.
 */
export function chartCsv(report: Report, spec: ChartSpec, pageUrl: string, stamp: string): string {
  return commentBlock(chartHeader(report, spec, pageUrl, stamp)) + toCsv(spec.table.columns, spec.table.rows);
}

/** A force chart's download (across its inspections), as `chartCsv`; `pageUrl` is the force page's absolute URL. */
export function forceChartCsv(force: ForceRef, spec: ChartSpec, pageUrl: string, stamp: string): string {
  const header: [string, string][] = [
    ['title', spec.heading],
    ['table', spec.table.caption],
    ['force', force.name],
    ['status', provenanceText(spec.source.provenance)],
    ['source', sourceLine(spec.source)],
    ['source url', spec.source.url],
    ['cite as', citeForceChart(force, spec, pageUrl)],
    ['version', stamp],
    ['url', `${pageUrl}#${spec.id}`],
  ];
  return commentBlock(header) + toCsv(spec.table.columns, spec.table.rows);
}

function chartHeader(report: Report, spec: ChartSpec, pageUrl: string, stamp: string): [string, string][] {
  return [
    ['title', spec.heading],
    ['table', spec.table.caption],
    ['force', report.force.name],
    ['inspection', `${report.title} (${report.kindLabel})`],
    ['published', report.published?.text ?? 'not published'],
    ['audit period', report.auditPeriod?.text ?? 'not published'],
    ['sample size', sampleSizeText(report, spec.figures)],
    ['status', provenanceText(spec.source.provenance)],
    ['source', sourceLine(spec.source)],
    ['source url', spec.source.url],
    ['cite as', citeChart(report, spec, pageUrl)],
    ['version', stamp],
    ['url', `${pageUrl}#${spec.id}`],
  ];
}

/**
 * The bases of the plotted figures: "1,396 crime reports were audited; not published for All crime; 524 for Violence…".
 * A breakdown part shares its parent's base, so it is named once, with the parent.
 */
function sampleSizeText(report: Report, figures: readonly PlottedFigure[]): string {
  const audited = figureOf(report, 'reports-audited');
  const plotted = new Set(figures.map((figure) => figure.measure));
  const bases = figures.flatMap(({ measure, sampleSize }) => {
    const known = findMeasure(measure);
    if (known?.shape === 'count' || (known?.partOf !== undefined && plotted.has(known.partOf))) return [];
    return [`${sampleSize === null ? 'not published' : formatCount(sampleSize)} for ${known?.label ?? measure}`];
  });
  const parts = [...(audited?.countText ? [`${audited.countText} ${audited.phrase}`] : []), ...bases];
  return parts.length > 0 ? parts.join('; ') : 'not published';
}

/** "# key: value" lines; a line break inside a value would end the comment, so values are kept to one line. */
function commentBlock(entries: readonly (readonly [string, string])[]): string {
  return entries.map(([key, value]) => `# ${key}: ${value.replace(/\s*[\r\n]+\s*/g, ' ')}\n`).join('');
}
