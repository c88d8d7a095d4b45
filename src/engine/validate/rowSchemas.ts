import { z } from 'zod';
import { gradeScales, kinds, publishableColumns, researchCorpora, unrecordedQualifiers, type columns, type Table } from '../vocabulary.ts';
import * as cell from './cells.ts';

/*
 * One zod schema per input table: it checks each cell and normalises the row (trimmed text, numbers,
 * camelCase keys). The row types are the schemas' outputs, so that a column is declared in one place.
 */

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
type CamelCaseKeys<T> = { [K in keyof T as CamelCase<K & string>]: T[K] };

export function camelCaseKeys<T extends Record<string, unknown>>(row: T): CamelCaseKeys<T> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()), value])) as CamelCaseKeys<T>;
}

/** A cell schema for each column of a table: `satisfies` makes the compiler refuse a missing or extra column. */
type Cells<K extends Table> = Record<(typeof columns)[K][number], z.ZodType>;

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
  id: cell.slug,
  name: cell.requiredText,
  short_name: cell.requiredText,
  country: cell.oneOf(['England', 'Wales', 'England and Wales'] as const),
} satisfies Cells<'forces'>).transform(camelCaseKeys);

export const inspectionRow = z.object({
  force: cell.slug,
  slug: cell.slug,
  kind: cell.oneOf(Object.keys(kinds) as (keyof typeof kinds)[]),
  title: cell.requiredText,
  published: cell.optionalDate,
  audit_start: cell.optionalDate,
  audit_end: cell.optionalDate,
  audit_period_text: cell.optionalText,
  grade_scale: cell.oneOf(Object.keys(gradeScales) as (keyof typeof gradeScales)[]),
  overall_grade: cell.optionalGrade,
  q1_grade: cell.optionalGrade,
  q2_grade: cell.optionalGrade,
  q3_grade: cell.optionalGrade,
  regraded_from: cell.optionalGrade,
  revisits: cell.optionalText,
  prc_total: cell.optionalCount,
  prc_violence: cell.optionalCount,
  prc_sexual_offences: cell.optionalCount,
  auditable_route_pct: cell.optionalPercent,
  population: cell.optionalCount,
  source_url: cell.url,
  notes: cell.optionalText,
  /** The empty cells the source did not publish; every other empty cell is one we have not found. */
  not_published: cell.columnList(publishableColumns.inspections),
} satisfies Cells<'inspections'>).superRefine(emptyWhereNotPublished).transform(camelCaseKeys);

export const findingRow = z.object({
  force: cell.slug,
  slug: cell.slug,
  measure: cell.requiredText,
  numerator: cell.optionalCount,
  denominator: cell.optionalCount,
  rate_pct: cell.optionalPercent,
  ci_pm: cell.optionalHalfWidth,
  unrecorded_over: cell.optionalCount,
  additional_recorded: cell.optionalCount,
  approx: cell.optionalText,
  /** `pending`: the inspection is not yet published; the row holds no figures yet. */
  status: cell.oneOf(['published', 'computed', 'pending'] as const),
  source: cell.url,
  note: cell.optionalText,
  /** How `unrecorded_over` was printed; empty means "over". */
  unrecorded_qualifier: cell.optionalOneOf(unrecordedQualifiers),
  /** The empty cells the source did not publish; every other empty cell is one we have not found. */
  not_published: cell.columnList(publishableColumns.findings),
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

export type ForceInput = Lined<z.output<typeof forceRow>>;
export type InspectionInput = Lined<z.output<typeof inspectionRow>>;
export type FindingInput = Lined<z.output<typeof findingRow>>;
export type AuditRecord = Lined<z.output<typeof auditRow>>;
export type ResearchQuery = Lined<z.output<typeof researchLogRow>>;
