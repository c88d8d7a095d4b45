import type { Column } from './Column.ts';

/** Rows as records keyed by column name, in column order: the JSON download and the CSV share them. */
export function records<T>(columns: readonly Column<T>[], rows: readonly T[]): Record<string, string | number | boolean | null>[] {
  return rows.map((row) => Object.fromEntries(columns.map((column) => [column.name, column.value(row)])));
}
