import { plainNumber } from '../../engine/compute/format.ts';
import { figureValues, type ValueColumn } from '../../engine/compute/figureValues.ts';
import type { Figure, Report, Site } from '../../engine/compute/model.ts';
import { kinds } from '../../engine/vocabulary.ts';
import { absoluteUrl, figureAnchor, type SiteAddress } from '../../routes.ts';
import { flagText, statusText } from '../phrases.ts';
import { messages } from '../../i18n/index.ts';
import { toCsv } from './csv.ts';

/*
 * The whole-dataset downloads, /data/inspections.csv, /data/figures.csv and /data/figures.json: their rows,
 * and their columns with the descriptions that the data dictionary shows.
 */

/** The kinds of inspection by id, as a column's description lists them: "dip-sample-2014, cdi, … or victim-service.". */
const kindList = `${Object.keys(kinds).slice(0, -1).join(', ')} or ${Object.keys(kinds).at(-1)}.`;

/** One column of a data download: its name, what it means (for the data dictionary), and how a record fills it. */
export interface Column<T> {
  name: string;
  description: string;
  value: (row: T) => string | number | boolean | null;
}

/** Rows as records keyed by column name, in column order: the JSON download and the CSV share them. */
export function records<T>(columns: readonly Column<T>[], rows: readonly T[]): Record<string, string | number | boolean | null>[] {
  return rows.map((row) => Object.fromEntries(columns.map((column) => [column.name, column.value(row)])));
}

/** A whole-dataset CSV: a header row of column names, then one line per row; empty cells are not published. */
export function recordsCsv<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  return toCsv(
    columns.map((column) => column.name),
    records(columns, rows).map((record) => Object.values(record)),
  );
}

/** The dataset files this build publishes, /data/figures.csv and /data/inspections.csv, as a release snapshots them. */
export function datasetFiles(site: Site, address: SiteAddress): { figures: string; inspections: string } {
  const rows = datasetRows(site, address);
  return { figures: recordsCsv(figureColumns, rows.figures), inspections: recordsCsv(inspectionColumns, rows.inspections) };
}

/** Every inspection, by force and slug, and each one's figures in the order the report presents them, with absolute page URLs on `address`. */
export function datasetRows(site: Site, address: SiteAddress): { inspections: InspectionRow[]; figures: FigureRow[] } {
  const inspections = [...site.reports]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((report) => ({ report, pageUrl: absoluteUrl(report.url, address) }));
  return { inspections, figures: inspections.flatMap(({ report, pageUrl }) => report.figures.map((figure) => ({ report, figure, pageUrl }))) };
}

export interface InspectionRow {
  report: Report;
  /** The report page's absolute URL. */
  pageUrl: string;
}

/** The columns of /data/inspections.csv: one row per inspection. An empty cell means not published. */
export const inspectionColumns: Column<InspectionRow>[] = [
  { name: 'force_id', description: 'The force, as a stable id.', value: ({ report }) => report.force.id },
  { name: 'force_name', description: 'The force’s full name.', value: ({ report }) => report.force.name },
  { name: 'country', description: 'England, Wales, or England and Wales for a national inspection.', value: ({ report }) => report.force.country },
  { name: 'inspection_slug', description: 'The inspection, unique within the force.', value: ({ report }) => report.slug },
  { name: 'inspection_title', description: 'The inspection’s title as published.', value: ({ report }) => report.title },
  { name: 'inspection_kind', description: kindList, value: ({ report }) => report.kind },
  { name: 'inspection_kind_label', description: 'The kind of inspection in words.', value: ({ report }) => report.kindLabel },
  { name: 'published', description: 'Publication date, YYYY-MM-DD.', value: ({ report }) => report.published?.date ?? null },
  { name: 'audit_start', description: 'First day of the audit period, YYYY-MM-DD.', value: ({ report }) => report.auditPeriod?.start ?? null },
  { name: 'audit_end', description: 'Last day of the audit period, YYYY-MM-DD.', value: ({ report }) => report.auditPeriod?.end ?? null },
  { name: 'audit_period', description: 'The audit period in words.', value: ({ report }) => report.auditPeriod?.text ?? null },
  { name: 'grade_scale', description: 'four-grade (2016–2020) or five-grade (PEEL, adds adequate).', value: ({ report }) => report.grades.scale },
  { name: 'overall_grade', description: 'The overall grade: outstanding, good, adequate, requires improvement or inadequate.', value: ({ report }) => report.grades.overall },
  { name: 'q1_grade', description: 'Grade for question 1, recording reported crime.', value: ({ report }) => report.grades.questions[1] },
  { name: 'q2_grade', description: 'Grade for question 2, systems and processes.', value: ({ report }) => report.grades.questions[2] },
  { name: 'q3_grade', description: 'Grade for question 3, leadership and culture.', value: ({ report }) => report.grades.questions[3] },
  { name: 'regraded_from', description: 'The overall grade as first published, where an addendum re-graded the report.', value: ({ report }) => report.grades.regradedFrom },
  { name: 'revisits', description: 'For a re-inspection: the slug of the earlier inspection of the same force.', value: ({ report }) => report.grades.previous?.key.split('/')[1] ?? null },
  { name: 'revisits_grade', description: 'The earlier inspection’s overall grade.', value: ({ report }) => report.grades.previous?.grade ?? null },
  { name: 'prc_total', description: 'Police recorded crime (excluding fraud) in the 12 months to the end of the audit period.', value: ({ report }) => report.context.prcTotal },
  { name: 'auditable_route', description: 'Share of recorded crime that came through an auditable route, as printed.', value: ({ report }) => report.context.auditableRoutePctText },
  { name: 'population', description: 'The force’s population as the report gives it.', value: ({ report }) => report.context.population },
  { name: 'figures', description: 'How many figures (rows of figures.csv) the inspection has.', value: ({ report }) => report.figures.length },
  { name: 'source_url', description: 'The publication.', value: ({ report }) => report.sourceUrl },
  { name: 'notes', description: 'Notes on the inspection from the data.', value: ({ report }) => report.notes },
  { name: 'flags', description: 'Notes on untidy data (a missing date, an odd audit period), separated by “ | ”.', value: ({ report }) => (report.flags.length > 0 ? report.flags.map((f) => flagText('en', f)).join(' | ') : null) },
  { name: 'page_url', description: 'The report page.', value: ({ pageUrl }) => pageUrl },
];

export interface FigureRow {
  report: Report;
  figure: Figure;
  /** The report page's absolute URL. */
  pageUrl: string;
}

const number = (value: number | null | undefined) => (value === null || value === undefined ? null : plainNumber(value));
/** A column of the figure's values (compute/figureValues.ts), which the change log compares with each release. */
const valueOf = (column: ValueColumn) => ({ figure }: FigureRow) => figureValues(figure)[column];

/** The columns of /data/figures.csv: one row per inspection and measure. An empty cell means not published. */
export const figureColumns: Column<FigureRow>[] = [
  { name: 'force_id', description: 'The force, as a stable id (as in data/forces.csv).', value: ({ report }) => report.force.id },
  { name: 'force_name', description: 'The force’s full name.', value: ({ report }) => report.force.name },
  { name: 'inspection_slug', description: 'The inspection, unique within the force; with force_id it names the report page.', value: ({ report }) => report.slug },
  { name: 'inspection_title', description: 'The inspection’s title as published.', value: ({ report }) => report.title },
  { name: 'inspection_kind', description: kindList, value: ({ report }) => report.kind },
  { name: 'published', description: 'Publication date of the inspection report, YYYY-MM-DD.', value: ({ report }) => report.published?.date ?? null },
  { name: 'audit_start', description: 'First day of the audit period, YYYY-MM-DD.', value: ({ report }) => report.auditPeriod?.start ?? null },
  { name: 'audit_end', description: 'Last day of the audit period, YYYY-MM-DD.', value: ({ report }) => report.auditPeriod?.end ?? null },
  { name: 'audit_period', description: 'The audit period in words, as printed where it differs from the dates.', value: ({ report }) => report.auditPeriod?.text ?? null },
  { name: 'measure', description: 'What was measured, as a stable id (see the measures in the input format).', value: ({ figure }) => figure.measure },
  { name: 'measure_label', description: 'The measure in words.', value: ({ figure }) => figure.label },
  { name: 'question', description: 'The report question (1 to 3) the measure belongs to.', value: ({ figure }) => figure.question },
  { name: 'shape', description: 'proportion (numerator of denominator) or count (numerator only).', value: ({ figure }) => figure.shape },
  { name: 'numerator', description: 'The count: crimes recorded, records correct… For a count measure, the count itself.', value: valueOf('numerator') },
  { name: 'denominator', description: 'The base the numerator is out of: the sample size.', value: valueOf('denominator') },
  { name: 'rate_pct', description: 'The rate in percent (0–100), unrounded where computed from the counts.', value: valueOf('rate_pct') },
  { name: 'rate_text', description: 'The rate as shown: as printed by the source, or computed to 1 decimal place.', value: ({ figure }) => figure.rate?.text ?? null },
  { name: 'rate_status', description: '“as published” (printed by the source), “computed from counts” (computed here from numerator and denominator) or “counted from the audit sheet” (counted here from the inspection\'s record-level audit sheet).', value: valueOf('rate_status') },
  { name: 'ci_half_width_pct', description: 'Half-width of the 95% confidence interval of the rate, in percentage points (the printed ±).', value: valueOf('ci_half_width_pct') },
  { name: 'ci_status', description: 'Whether the interval is as published or computed from the counts.', value: ({ figure }) => (figure.interval ? statusText(figure.interval.status) : null) },
  { name: 'interval_low_pct', description: 'Lower bound of the 95% interval, in percent: rate minus half-width, not below 0.', value: ({ figure }) => number(figure.interval?.low) },
  { name: 'interval_high_pct', description: 'Upper bound of the 95% interval, in percent: rate plus half-width, not above 100.', value: ({ figure }) => number(figure.interval?.high) },
  { name: 'unrecorded_over', description: 'Estimated crimes a year not recorded (the N of “over N”, or of “approximately N” where unrecorded_qualifier says so), for the audited recording measures.', value: valueOf('unrecorded_over') },
  { name: 'unrecorded_qualifier', description: 'How the estimate was printed: “over” (the usual wording), or “approximately”, “around”, “about” or “some”.', value: valueOf('unrecorded_qualifier') },
  { name: 'unrecorded_status', description: 'Whether the estimate of crimes not recorded is as published or computed here.', value: ({ figure }) => (figure.unrecorded ? statusText(figure.unrecorded.status) : null) },
  { name: 'unrecorded_range_low', description: 'Crimes a year not recorded at the upper bound of the rate’s interval (computed here; never printed by the inspectorate).', value: ({ figure }) => figure.unrecorded?.range?.low ?? null },
  { name: 'unrecorded_range_high', description: 'Crimes a year not recorded at the lower bound of the rate’s interval (computed here).', value: ({ figure }) => figure.unrecorded?.range?.high ?? null },
  { name: 'unrecorded_range_basis', description: 'What the range was computed from.', value: ({ figure }) => (figure.unrecorded?.range ? messages('en').figure.basis[figure.unrecorded.range.basis] : null) },
  { name: 'additional_recorded', description: 'A re-inspection’s estimate of crimes a year additionally recorded since the earlier inspection.', value: valueOf('additional_recorded') },
  { name: 'approx', description: 'A press rounding of the figure, kept as text (e.g. “around 85 percent”).', value: valueOf('approx') },
  { name: 'pending', description: 'true where the measure awaits publication and every value is empty.', value: valueOf('pending') },
  { name: 'source_url', description: 'Where the figures in this row were printed.', value: ({ figure }) => figure.source },
  { name: 'note', description: 'Notes on the row from the data (how a count was derived, caveats).', value: ({ figure }) => figure.note },
  { name: 'findings_line', description: 'Line of the row in the input file data/findings.csv.', value: ({ figure }) => figure.line },
  { name: 'page_url', description: 'The figure on its report page.', value: ({ figure, pageUrl }) => `${pageUrl}#${figureAnchor(figure.measure)}` },
];

