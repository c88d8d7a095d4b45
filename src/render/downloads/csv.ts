import Papa from 'papaparse';
import type { ForceRef, Report } from '../../engine/compute/model.ts';
import { csvCell } from '../../engine/compute/csvCell.ts';
import { plainNumber } from '../../engine/compute/format.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { figureOf, provenanceText } from '../phrases.ts';

/**
 * RFC 4180 CSV with a header row and "\n" line ends, so that builds are byte-identical on every platform. A text
 * cell that a spreadsheet would run as a formula gets a leading "'" (OWASP, "CSV injection"), so that it opens as
 * text; numbers stay numbers.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return `${Papa.unparse({ fields: columns.map(csvCell), data: rows.map((row) => row.map(csvCell)) }, { newline: '\n' })}\n`;
}

/**
 * An input file as the build read it, written again by `toCsv`: the same bytes for a file of plain cells, with
 * any cell that a spreadsheet would run as a formula made text.
 */
export function republishedCsv(text: string): string {
  const [columns = [], ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true }).data;
  return toCsv(columns, rows);
}


/**
 * Labels hold "’", "–" and the like: a byte-order mark makes Excel read the file as UTF-8, and the other readers
 * (Google Sheets, Datawrapper, Flourish, pandas, papaparse) skip it.
 */
export const byteOrderMark = '\uFEFF';

/**
 * A chart's CSV download: the header row, then one row per plotted item with the values the chart draws, as numbers,
 * an empty cell where a value is not published. Nothing before the header: the provenance is in the sidecar.
 */
export function chartCsv(spec: ChartSpec): string {
  const rows = spec.data.rows.map((row) => row.map((cell) => (typeof cell === 'number' ? plainNumber(cell) : cell)));
  return byteOrderMark + toCsv(
    spec.data.columns.map((column) => column.name),
    rows,
  );
}

/** Where a chart is shown and how to cite it, for its sidecar. */
export interface ChartContext {
  /** The absolute address of the chart on its page, e.g. "https://…/forces/kent/2017-cdi/#recording-rates". */
  url: string;
  /** The text the page's "Cite this chart" gives, release included. */
  citation: string;
  /** The data release the chart's figures are in: "data release 1.0.0 of 1 December 2026", or "not yet in a data release". */
  release: string;
  /** The build that made the file: site version and the latest publication in the data. */
  version: string;
}

/** The provenance of a report chart's CSV, as JSON beside it (`<chart>.json`): every value from the spec and the report, none from display text. */
export function chartSidecar(report: Report, spec: ChartSpec, context: ChartContext): string {
  const audited = figureOf(report, 'reports-audited');
  return sidecarJson(spec, context, {
    force: report.force.name,
    inspection: `${report.title} (${report.kindLabel})`,
    published: report.published?.date ?? null,
    audit_period: report.auditPeriod?.text ?? null,
    reports_audited: audited?.numerator ?? null,
    sample_sizes: spec.figures.map((figure) => ({ measure: figure.measure, label: figureOf(report, figure.measure)?.label ?? figure.measure, sample_size: figure.sampleSize })),
  });
}

/** The provenance of a force page's chart across its inspections (`<chart>.json` beside the force page): a report chart's, without one inspection's fields. */
export function forceChartSidecar(force: ForceRef, spec: ChartSpec, context: ChartContext): string {
  return sidecarJson(spec, context, { force: force.name });
}

/** The sidecar of an overview chart's CSV: every force, no one inspection's fields. */
export function overviewChartSidecar(spec: ChartSpec, context: ChartContext): string {
  return sidecarJson(spec, context, { about: 'every police force of England and Wales' });
}

/** A sidecar: what the CSV holds, then what the chart is of (`about`), then its source, citation and release. */
function sidecarJson(spec: ChartSpec, context: ChartContext, about: Record<string, unknown>): string {
  const sidecar = {
    title: spec.heading,
    description: spec.summary,
    csv: `${spec.id}.csv`,
    encoding: 'UTF-8 with a byte-order mark',
    columns: spec.data.columns,
    ...about,
    status: provenanceText(spec.source.provenance),
    source: { name: spec.source.name, url: spec.source.url },
    not_published: spec.notPublished,
    citation: context.citation,
    release: context.release,
    version: context.version,
    url: context.url,
  };
  return `${JSON.stringify(sidecar, null, 2)}\n`;
}
