import type { Figure, Report } from '../../engine/model.ts';
import { figureAnchor } from '../cite/figureAnchor.ts';
import { statusText } from '../cite/statusText.ts';
import { statusWords } from '../cite/statusWords.ts';
import type { Column } from './Column.ts';
import { plainNumber } from './plainNumber.ts';

export interface FigureRow {
  report: Report;
  figure: Figure;
  /** The report page's absolute URL. */
  pageUrl: string;
}

const number = (value: number | null | undefined) => (value === null || value === undefined ? null : plainNumber(value));

/** The columns of /data/figures.csv: one row per inspection and measure. An empty cell means not published. */
export const figureColumns: Column<FigureRow>[] = [
  { name: 'force_id', description: 'The force, as a stable id (as in data/forces.csv).', value: ({ report }) => report.force.id },
  { name: 'force_name', description: 'The force’s full name.', value: ({ report }) => report.force.name },
  { name: 'inspection_slug', description: 'The inspection, unique within the force; with force_id it names the report page.', value: ({ report }) => report.slug },
  { name: 'inspection_title', description: 'The inspection’s title as published.', value: ({ report }) => report.title },
  { name: 'inspection_kind', description: 'dip-sample-2014, cdi, cdi-reinspection, peel, national or victim-service.', value: ({ report }) => report.kind },
  { name: 'published', description: 'Publication date of the inspection report, YYYY-MM-DD.', value: ({ report }) => report.published?.date ?? null },
  { name: 'audit_start', description: 'First day of the audit period, YYYY-MM-DD.', value: ({ report }) => report.auditPeriod?.start ?? null },
  { name: 'audit_end', description: 'Last day of the audit period, YYYY-MM-DD.', value: ({ report }) => report.auditPeriod?.end ?? null },
  { name: 'audit_period', description: 'The audit period in words, as printed where it differs from the dates.', value: ({ report }) => report.auditPeriod?.text ?? null },
  { name: 'measure', description: 'What was measured, as a stable id (see the measures in the input format).', value: ({ figure }) => figure.measure },
  { name: 'measure_label', description: 'The measure in words.', value: ({ figure }) => figure.label },
  { name: 'question', description: 'The report question (1 to 3) the measure belongs to.', value: ({ figure }) => figure.question },
  { name: 'shape', description: 'proportion (numerator of denominator) or count (numerator only).', value: ({ figure }) => figure.shape },
  { name: 'numerator', description: 'The count: crimes recorded, records correct… For a count measure, the count itself.', value: ({ figure }) => figure.numerator },
  { name: 'denominator', description: 'The base the numerator is out of: the sample size.', value: ({ figure }) => figure.denominator },
  { name: 'rate_pct', description: 'The rate in percent (0–100), unrounded where computed from the counts.', value: ({ figure }) => number(figure.rate?.value) },
  { name: 'rate_text', description: 'The rate as shown: as printed by the source, or computed to 1 decimal place.', value: ({ figure }) => figure.rate?.text ?? null },
  { name: 'rate_status', description: '“as published” (printed by the source) or “computed from counts” (computed here from numerator and denominator).', value: ({ figure }) => (figure.rate ? statusText(figure) : null) },
  { name: 'ci_half_width_pct', description: 'Half-width of the 95% confidence interval of the rate, in percentage points (the printed ±).', value: ({ figure }) => number(figure.interval?.halfWidth) },
  { name: 'ci_status', description: 'Whether the interval is as published or computed from the counts.', value: ({ figure }) => (figure.interval ? statusWords(figure.interval.status) : null) },
  { name: 'interval_low_pct', description: 'Lower bound of the 95% interval, in percent: rate minus half-width, not below 0.', value: ({ figure }) => number(figure.interval?.low) },
  { name: 'interval_high_pct', description: 'Upper bound of the 95% interval, in percent: rate plus half-width, not above 100.', value: ({ figure }) => number(figure.interval?.high) },
  { name: 'unrecorded_over', description: 'Estimated crimes a year not recorded (“over N”), for the audited recording measures.', value: ({ figure }) => figure.unrecorded?.over ?? null },
  { name: 'unrecorded_status', description: 'Whether the estimate of crimes not recorded is as published or computed here.', value: ({ figure }) => (figure.unrecorded ? statusWords(figure.unrecorded.status) : null) },
  { name: 'unrecorded_range_low', description: 'Crimes a year not recorded at the upper bound of the rate’s interval (computed here; never printed by the inspectorate).', value: ({ figure }) => figure.unrecorded?.range?.low ?? null },
  { name: 'unrecorded_range_high', description: 'Crimes a year not recorded at the lower bound of the rate’s interval (computed here).', value: ({ figure }) => figure.unrecorded?.range?.high ?? null },
  { name: 'unrecorded_range_basis', description: 'What the range was computed from.', value: ({ figure }) => figure.unrecorded?.range?.basis ?? null },
  { name: 'additional_recorded', description: 'A re-inspection’s estimate of crimes a year additionally recorded since the earlier inspection.', value: ({ figure }) => figure.additional?.value ?? null },
  { name: 'approx', description: 'A press rounding of the figure, kept as text (e.g. “around 85 percent”).', value: ({ figure }) => figure.approx },
  { name: 'pending', description: 'true where the measure awaits publication and every value is empty.', value: ({ figure }) => figure.pending === true },
  { name: 'source_url', description: 'Where the figures in this row were printed.', value: ({ figure }) => figure.source },
  { name: 'note', description: 'Notes on the row from the data (how a count was derived, caveats).', value: ({ figure }) => figure.note },
  { name: 'findings_line', description: 'Line of the row in the input file data/findings.csv.', value: ({ figure }) => figure.line },
  { name: 'page_url', description: 'The figure on its report page.', value: ({ figure, pageUrl }) => `${pageUrl}#${figureAnchor(figure.measure)}` },
];
