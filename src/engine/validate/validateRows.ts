import type { z } from 'zod';
import type { CsvTable } from '../load/tableFromRecords.ts';
import { error, type Problem } from '../vocabulary.ts';
import type { Lined } from './rowSchemas.ts';

/** Checks every row of a table against a row schema; collects all problems rather than stopping at the first. */
export function validateRows<S extends z.ZodType<object>>(table: CsvTable, schema: S): { records: Lined<z.output<S>>[]; problems: Problem[] } {
  const records: Lined<z.output<S>>[] = [];
  const problems: Problem[] = [];
  for (const row of table.rows) {
    const result = schema.safeParse(row.cells);
    if (result.success) {
      records.push({ ...result.data, line: row.line });
      continue;
    }
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      problems.push(error(table.file, issue.message, { line: row.line, column: row.columns[field], sheet: table.sheet, field }));
    }
  }
  return { records, problems };
}
