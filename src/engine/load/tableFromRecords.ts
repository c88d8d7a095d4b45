import { error, warning, type Problem } from '../vocabulary.ts';
import { startsLikeFormula } from './startsLikeFormula.ts';

export interface CsvRow {
  /** 1-based line of the row's first character in the file; in a worksheet, its row. */
  line: number;
  cells: Record<string, string>;
  /** 1-based character column of each cell (in a worksheet, its column, A = 1), for error messages. */
  columns: Record<string, number>;
}

/** An input table, read from a CSV file or from a worksheet of a workbook (then `sheet` names it). */
export interface CsvTable {
  file: string;
  sheet?: string;
  /** The header as written: an optional column may be left out. */
  columns: string[];
  rows: CsvRow[];
}

/** One row as read from a file, before its header is matched: the text of each cell and where each starts. */
export interface RawRecord {
  /** 1-based line (a CSV file) or row (a worksheet). */
  line: number;
  cells: string[];
  /** 1-based column of each cell: the character column in a CSV file, the column (A = 1) in a worksheet. */
  columns: number[];
}

/**
 * The rules every input table follows, whether it was read from CSV or from a worksheet: the header must hold
 * exactly `expected` columns in any order (those in `optional` may be left out and then read as empty), a
 * row of blank cells is skipped, and every cell keeps its place for later errors.
 */
export function tableFromRecords(
  file: string,
  sheet: string | undefined,
  head: RawRecord,
  body: readonly RawRecord[],
  expected: readonly string[],
  optional: readonly string[] = [],
): { table: CsvTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const table: CsvTable = sheet === undefined ? { file, columns: [], rows: [] } : { file, sheet, columns: [], rows: [] };
  const at = (line: number, column?: number) => (sheet === undefined ? { line, column } : { line, column, sheet });
  const header = head.cells.map((name) => name.trim());
  const missing = expected.filter((name) => !header.includes(name) && !optional.includes(name));
  const absent = expected.filter((name) => !header.includes(name) && optional.includes(name));
  const unknown = header.filter((name) => !expected.includes(name));
  for (const name of missing) problems.push(error(file, `missing column "${name}"; expected columns: ${expected.join(',')}`, at(head.line)));
  for (const name of unknown) problems.push(error(file, `unknown column "${name}"; expected columns: ${expected.join(',')}`, at(head.line, head.columns[header.indexOf(name)])));
  const duplicated = header.filter((name, i) => header.indexOf(name) !== i);
  for (const name of duplicated) problems.push(error(file, `column "${name}" appears twice`, at(head.line, sheet === undefined ? undefined : head.columns[header.lastIndexOf(name)])));
  if (missing.length || unknown.length || duplicated.length) return { table, problems };
  table.columns = header;

  for (const record of body) {
    if (record.cells.every((cell) => cell.trim() === '')) continue;
    if (record.cells.length !== header.length) {
      problems.push(error(file, `this row has ${record.cells.length} cells but the header has ${header.length}; check for a missing or extra comma`, at(record.line)));
      continue;
    }
    const cells: Record<string, string> = {};
    const columns: Record<string, number> = {};
    header.forEach((name, i) => {
      const typed = record.cells[i] ?? '';
      cells[name] = typed.trim();
      columns[name] = record.columns[i] ?? 1;
      if (startsLikeFormula(typed)) problems.push(warning(file, `${JSON.stringify(typed)} begins as a spreadsheet formula does (=, +, -, @, a tab or a carriage return), so Excel could run it; the site's CSV downloads put a ' before it so that it opens as text. Reword it unless it is meant so`, { ...at(record.line, columns[name]), field: name }));
    });
    for (const name of absent) {
      cells[name] = '';
      columns[name] = 1;
    }
    table.rows.push({ line: record.line, cells, columns });
  }
  return { table, problems };
}
