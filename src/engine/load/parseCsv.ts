import Papa from 'papaparse';
import { error, warning, type Problem } from '../vocabulary.ts';
import { startsLikeFormula } from './startsLikeFormula.ts';

export interface CsvRow {
  /** 1-based line of the row's first character in the file. */
  line: number;
  cells: Record<string, string>;
  /** 1-based character column of each cell, for error messages. */
  columns: Record<string, number>;
}

export interface CsvTable {
  file: string;
  rows: CsvRow[];
}

/**
 * Parses a CSV file whose header must hold exactly `expected` columns, in any order; those in `optional` may be
 * left out and then read as empty. Rows keep their line numbers so that every later check can name the place.
 */
export function parseCsv(text: string, file: string, expected: readonly string[], optional: readonly string[] = []): { table: CsvTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const table: CsvTable = { file, rows: [] };
  if (text.trim() === '') {
    problems.push(error(file, `the file is empty; expected a header row: ${expected.join(',')}`, { line: 1 }));
    return { table, problems };
  }
  const lineAt = lineIndex(text);
  const records: { cells: string[]; start: number; broken: boolean }[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step: (result) => {
      for (const e of result.errors) {
        const at = lineAt(e.index ?? start);
        problems.push(error(file, `${e.message.toLowerCase()}: check the quotes ("") in this row`, at));
      }
      records.push({ cells: result.data, start, broken: result.errors.length > 0 });
      start = result.meta.cursor;
    },
  });
  const [head, ...body] = records;
  const header = (head?.cells ?? []).map((name) => name.trim());
  const separator = otherSeparator(header, expected);
  if (separator) {
    problems.push(error(file, `the file is separated by ${separator} instead of commas (as Excel saves "CSV" in some regional settings); save it again as "CSV UTF-8 (Comma delimited)", or in LibreOffice choose "," as the field delimiter`, { line: 1 }));
    return { table, problems };
  }
  const missing = expected.filter((name) => !header.includes(name) && !optional.includes(name));
  const absent = expected.filter((name) => !header.includes(name) && optional.includes(name));
  const unknown = header.filter((name) => !expected.includes(name));
  for (const name of missing) problems.push(error(file, `missing column "${name}"; expected columns: ${expected.join(',')}`, { line: 1 }));
  for (const name of unknown) problems.push(error(file, `unknown column "${name}"; expected columns: ${expected.join(',')}`, { line: 1, column: columnOf(header, name) }));
  const duplicated = header.filter((name, i) => header.indexOf(name) !== i);
  for (const name of duplicated) problems.push(error(file, `column "${name}" appears twice`, { line: 1 }));
  if (missing.length || unknown.length || duplicated.length) return { table, problems };

  for (const record of body) {
    const { line } = lineAt(record.start);
    if (record.cells.every((cell) => cell.trim() === '')) continue;
    // Its quoting problem is already reported; a cell count from a misread row would only repeat it.
    if (record.broken) continue;
    if (record.cells.length !== header.length) {
      problems.push(error(file, `this row has ${record.cells.length} cells but the header has ${header.length}; check for a missing or extra comma`, { line }));
      continue;
    }
    const cells: Record<string, string> = {};
    const columns: Record<string, number> = {};
    const starts = cellStarts(text, record.start, record.cells.length);
    header.forEach((name, i) => {
      const typed = record.cells[i] ?? '';
      cells[name] = typed.trim();
      const at = lineAt(starts[i] ?? record.start);
      columns[name] = at.column;
      if (startsLikeFormula(typed)) problems.push(warning(file, `${JSON.stringify(typed)} begins as a spreadsheet formula does (=, +, -, @, a tab or a carriage return), so Excel could run it; the site's CSV downloads put a ' before it so that it opens as text. Reword it unless it is meant so`, { ...at, field: name }));
    });
    for (const name of absent) {
      cells[name] = '';
      columns[name] = 1;
    }
    table.rows.push({ line, cells, columns });
  }
  return { table, problems };
}

function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}

/** Offsets where each cell of the record starting at `from` begins, skipping commas inside quotes. */
function cellStarts(text: string, from: number, count: number): number[] {
  const starts = [from];
  let quoted = false;
  for (let i = from; i < text.length && starts.length < count; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) starts.push(i + 1);
    else if (char === '\n' && !quoted) break;
  }
  return starts;
}

/** The separator a file uses instead of commas, named, when its header is one cell that splits on it into expected columns. */
function otherSeparator(header: readonly string[], expected: readonly string[]): string | undefined {
  const [only] = header;
  if (header.length !== 1 || only === undefined) return undefined;
  const separators = [[';', 'semicolons (;)'], ['\t', 'tabs']] as const;
  return separators.find(([char]) => only.split(char).some((name) => expected.includes(name.trim())))?.[1];
}

function columnOf(header: string[], name: string): number {
  return header.slice(0, header.indexOf(name)).reduce((sum, cell) => sum + cell.length + 1, 1);
}
