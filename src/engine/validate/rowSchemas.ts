import { z } from 'zod';
import { gradeScales, kinds } from '../grades.ts';
import * as cell from './cells.ts';

/** Column names are the CSV headers; each schema lists exactly the columns its file must have. */

export const forceRow = z.object({
  id: cell.slug,
  name: cell.requiredText,
  short_name: cell.requiredText,
  country: cell.oneOf(['England', 'Wales', 'England and Wales'] as const),
});

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
});

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
  status: cell.oneOf(['published', 'computed', 'pending'] as const),
  source: cell.url,
  note: cell.optionalText,
});

export const columnsOf = (schema: z.ZodObject): string[] => Object.keys(schema.shape);
