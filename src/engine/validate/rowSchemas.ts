import { z } from 'zod';
import { gradeScales, kinds, placeKinds, placeSourceKinds, publishableColumns, researchCorpora, unrecordedQualifiers, type columns, type Table } from '../vocabulary.ts';
import * as cell from './cells.ts';

/*
 * One zod schema per input table: it checks each cell and normalises the row (trimmed text, numbers,
 * camelCase keys). The row types are the schemas' outputs, so that a column is declared in one place; each
 * column's description, which the data package publishes, is the cell schema's.
 */

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
type CamelCaseKeys<T> = { [K in keyof T as CamelCase<K & string>]: T[K] };

export function camelCaseKeys<T extends Record<string, unknown>>(row: T): CamelCaseKeys<T> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()), value])) as CamelCaseKeys<T>;
}

/** A cell schema for each column of a table: `satisfies` makes the compiler refuse a missing or extra column. */
type Cells<K extends Table> = Record<(typeof columns)[K][number], z.ZodType>;

/** What a findings row's status may be: `pending`, the inspection is not yet published and the row holds no figures yet. */
export const findingStatuses = ['published', 'computed', 'pending'] as const;

/**
 * A row's `not_published` names only cells it leaves empty: a figure cannot be both given and not published.
 * The error sits on the `not_published` cell.
 */
const emptyWhereNotPublished = (row: Record<string, unknown> & { not_published: readonly string[] }, ctx: z.RefinementCtx) => {
  for (const name of row.not_published) {
    if (row[name] !== null) ctx.addIssue({ code: 'custom', path: ['not_published'], message: `names ${JSON.stringify(name)}, but that cell holds a value: leave it empty, or take it out of not_published` });
  }
};

/** A validated row keeps the line it was read from, for later errors. */
export type Lined<T> = T & { line: number };

export const forceRow = z.object({
  id: cell.slug.describe('The force, as a stable id.'),
  name: cell.requiredText.describe('The force’s full name.'),
  short_name: cell.requiredText.describe('The name used in headings and charts.'),
  country: cell.oneOf(['England', 'Wales', 'England and Wales'] as const).describe('England, Wales, or England and Wales for the national inspections.'),
} satisfies Cells<'forces'>).transform(camelCaseKeys);

export const inspectionRow = z.object({
  force: cell.slug.describe('An id from forces.csv.'),
  slug: cell.slug.describe('The inspection, unique within the force.'),
  kind: cell.oneOf(Object.keys(kinds) as (keyof typeof kinds)[]).describe('The kind of inspection.'),
  title: cell.requiredText.describe('The title as published.'),
  published: cell.optionalDate.describe('Publication date; empty if unknown.'),
  audit_start: cell.optionalDate.describe('First day of the audit period.'),
  audit_end: cell.optionalDate.describe('Last day of the audit period.'),
  audit_period_text: cell.optionalText.describe('The audit period as printed, where it differs from the dates.'),
  grade_scale: cell.oneOf(Object.keys(gradeScales) as (keyof typeof gradeScales)[]).describe('four-grade (2016–2020) or five-grade (PEEL).'),
  overall_grade: cell.optionalGrade.describe('The overall grade.'),
  q1_grade: cell.optionalGrade.describe('Grade for question 1.'),
  q2_grade: cell.optionalGrade.describe('Grade for question 2.'),
  q3_grade: cell.optionalGrade.describe('Grade for question 3.'),
  regraded_from: cell.optionalGrade.describe('The overall grade as first published, where an addendum re-graded the report.'),
  revisits: cell.optionalText.describe('For a re-inspection: the slug of the earlier inspection of the same force.'),
  prc_total: cell.optionalCount.describe('Police recorded crime (excluding fraud) in the 12 months to the end of the audit period.'),
  prc_violence: cell.optionalCount.describe('The same, violence against the person.'),
  prc_sexual_offences: cell.optionalCount.describe('The same, sexual offences.'),
  auditable_route_pct: cell.optionalPercent.describe('Share of recorded crime that came through an auditable route, as printed.'),
  population: cell.optionalCount.describe('The force’s population as the report gives it.'),
  source_url: cell.url.describe('The publication.'),
  notes: cell.optionalText.describe('Free text, shown on the page as a note.'),
  not_published: cell.columnList(publishableColumns.inspections).describe('The empty cells of this row that the source did not publish (column names); every other empty cell was not found.'),
} satisfies Cells<'inspections'>).superRefine(emptyWhereNotPublished).transform(camelCaseKeys);

export const findingRow = z.object({
  force: cell.slug.describe('The inspection’s force.'),
  slug: cell.slug.describe('The inspection’s slug.'),
  measure: cell.requiredText.describe('What was measured.'),
  numerator: cell.optionalCount.describe('The count.'),
  denominator: cell.optionalCount.describe('The base the numerator is out of.'),
  rate_pct: cell.optionalPercent.describe('The rate as printed.'),
  ci_pm: cell.optionalHalfWidth.describe('The printed ± half-width of the 95% interval.'),
  unrecorded_over: cell.optionalCount.describe('The printed estimate of crimes a year not recorded: the N of “over N”, or of “approximately N” (see unrecorded_qualifier).'),
  additional_recorded: cell.optionalCount.describe('A re-inspection’s printed estimate of crimes a year additionally recorded.'),
  approx: cell.optionalText.describe('A press rounding, kept as text.'),
  /** `pending`: the inspection is not yet published; the row holds no figures yet. */
  status: cell.oneOf(findingStatuses).describe('published: the rate as printed; computed: computed from the counts; pending: not yet published.'),
  source: cell.url.describe('Where the figures in this row were printed.'),
  note: cell.optionalText.describe('Free text.'),
  /** How `unrecorded_over` was printed; empty means "over". */
  unrecorded_qualifier: cell.optionalOneOf(unrecordedQualifiers).describe('How unrecorded_over was printed: over (also when empty), approximately, around, about or some.'),
  not_published: cell.columnList(publishableColumns.findings).describe('The empty cells of this row that the source did not publish (column names); every other empty cell was not found.'),
} satisfies Cells<'findings'>).superRefine(emptyWhereNotPublished).transform(camelCaseKeys);

export const auditRow = z.object({
  reference: cell.requiredText,
  crime_group: cell.slug,
  should_record: cell.optionalYesNo,
  recorded: cell.optionalYesNo,
  within_24h: cell.optionalYesNo,
  domestic_abuse: cell.optionalYesNo,
  rape_outcome: cell.optionalRapeOutcome,
  n100_needed: cell.optionalYesNo,
  n100_applied: cell.optionalYesNo,
} satisfies Cells<'audit'>).transform(camelCaseKeys);

export const auditWeightRow = z.object({
  crime_group: cell.slug,
  recorded_crime: cell.optionalCount,
} satisfies Cells<'auditWeights'>).transform(camelCaseKeys);

export const researchLogRow = z.object({
  force: cell.slug,
  cycle: cell.researchCycle,
  query: cell.requiredText,
  corpus: cell.oneOf(researchCorpora),
  outcome: cell.oneOf(['found', 'nothing'] as const),
  found: cell.optionalText,
  address: cell.optionalUrl,
  printed: cell.printedForms,
} satisfies Cells<'researchLog'>).transform(camelCaseKeys);

export const placeRow = z.object({
  place: cell.requiredText.describe('A county, district, borough, city or town, spelled exactly as the source text prints it.'),
  force: cell.slug.describe('The force whose police area the source places it in: an id from forces.csv.'),
  kind: cell.oneOf(placeKinds).describe('What the source calls the place: county, non-metropolitan district, metropolitan district, district, county borough, London borough, unitary authority, local authority area, police area, city, town, or area where it gives no kind.'),
  printed: cell.requiredText.describe('The words of the source that name the place, copied exactly; they contain the place.'),
  source_url: cell.url.describe('The address of the text that prints them.'),
  source_kind: cell.oneOf(placeSourceKinds).describe('Who wrote that text: legislation, parliament, inspectorate, force (also a statement the force prepared for the inspectorate’s site) or police authority.'),
  source_note: cell.requiredText.describe('Which text and which version of it, in a few words.'),
} satisfies Cells<'places'>).transform(camelCaseKeys);

export type ForceInput = Lined<z.output<typeof forceRow>>;
export type PlaceInput = Lined<z.output<typeof placeRow>>;
export type InspectionInput = Lined<z.output<typeof inspectionRow>>;
export type FindingInput = Lined<z.output<typeof findingRow>>;
export type AuditRecord = Lined<z.output<typeof auditRow>>;
export type ResearchQuery = Lined<z.output<typeof researchLogRow>>;
