import Papa from 'papaparse';
import { error, type Problem } from '../vocabulary.ts';
import { tableFromRecords, type CsvTable, type RawRecord } from './tableFromRecords.ts';

/**
 * Parses a CSV file whose header must hold exactly `expected` columns, in any order; those in `optional` may be
 * left out and then read as empty. Rows keep their line numbers so that every later check can name the place.
 */
export function parseCsv(text: string, file: string, expected: readonly string[], optional: readonly string[] = []): { table: CsvTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const table: CsvTable = { file, columns: [], rows: [] };
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
  const separator = otherSeparator((head?.cells ?? []).map((name) => name.trim()), expected);
  if (separator) {
    problems.push(error(file, `the file is separated by ${separator} instead of commas (as Excel saves "CSV" in some regional settings); save it again as "CSV UTF-8 (Comma delimited)", or in LibreOffice choose "," as the field delimiter`, { line: 1 }));
    return { table, problems };
  }
  const raw = (record: { cells: string[]; start: number }): RawRecord => {
    const starts = cellStarts(text, record.start, record.cells.length);
    return { line: lineAt(record.start).line, cells: record.cells, columns: record.cells.map((_, i) => lineAt(starts[i] ?? record.start).column) };
  };
  // A row with a quoting problem is already reported; a cell count from a misread row would only repeat it.
  const made = tableFromRecords(file, undefined, raw(head ?? { cells: [], start: 0 }), body.filter((r) => !r.broken).map(raw), expected, optional);
  return { table: made.table, problems: [...problems, ...made.problems] };
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
