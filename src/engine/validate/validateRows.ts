import type { z } from 'zod';
import type { CsvTable } from '../load/tableFromRecords.ts';
import { error, type Problem } from '../vocabulary.ts';
import { DAY_MONTH_YEAR } from './cells.ts';
import type { Lined } from './rowSchemas.ts';

/** Checks every row of a table against a row schema; collects all problems rather than stopping at the first. */
export function validateRows<S extends z.ZodType<object>>(table: CsvTable, schema: S): { records: Lined<z.output<S>>[]; problems: Problem[] } {
  const records: Lined<z.output<S>>[] = [];
  const problems: Problem[] = [];
  const dayMonthYear: { problem: Problem; typed: string }[] = [];
  for (const row of table.rows) {
    const result = schema.safeParse(row.cells);
    if (result.success) {
      records.push({ ...result.data, line: row.line });
      continue;
    }
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      const problem = error(table.file, issue.message, { line: row.line, column: row.columns[field], sheet: table.sheet, field });
      if (issue.code === 'custom' && issue.params?.dayMonthYear) dayMonthYear.push({ problem, typed: row.cells[field] ?? '' });
      problems.push(problem);
    }
  }
  const wholeFile = dayMonthYearFile(table, dayMonthYear);
  if (!wholeFile) return { records, problems };
  const replaced = new Set(dayMonthYear.map((d) => d.problem));
  return { records, problems: problems.flatMap((p) => (p === dayMonthYear[0]?.problem ? [wholeFile] : replaced.has(p) ? [] : [p])) };
}

/**
 * Dates written dd/mm/yyyy: where the file has no date written YYYY-MM-DD at all, it was saved that way as a whole
 * (as Excel saves a CSV file in the UK), and one error for the file says so and how to fix it; otherwise each
 * such date is its own mistake. Null where each is reported on its own.
 */
function dayMonthYearFile(table: CsvTable, found: readonly { problem: Problem; typed: string }[]): Problem | null {
  const [first] = found;
  const isoDates = table.rows.some((row) => Object.values(row.cells).some((cell) => /^\d{4}-\d{2}-\d{2}$/.test(cell)));
  if (!first || found.length < 2 || isoDates) return null;
  const [, d = '', m = '', y = ''] = DAY_MONTH_YEAR.exec(first.typed) ?? [];
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return error(
    table.file,
    `every date in this file is written day/month/year, as Excel saves dates (${found.length} dates, the first "${first.typed}"); write each as YYYY-MM-DD ("${iso}"): in Excel select the date columns, choose Format Cells › Custom, type yyyy-mm-dd, and save as CSV again`,
    { line: first.problem.line, column: first.problem.column, sheet: first.problem.sheet },
  );
}
