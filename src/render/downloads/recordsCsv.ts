import type { Column } from './Column.ts';
import { records } from './records.ts';
import { toCsv } from './toCsv.ts';

/** A whole-dataset CSV: a header row of column names, then one line per row; empty cells are not published. */
export function recordsCsv<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  return toCsv(
    columns.map((column) => column.name),
    records(columns, rows).map((record) => Object.values(record).map((value) => (typeof value === 'boolean' ? String(value) : value))),
  );
}
