import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';

type Xlsx = typeof import('@e965/xlsx');
let loaded: Xlsx | undefined;
/** The spreadsheet library, loaded on first use: a project without a workbook never pays for its megabyte of code. */
const xlsx = (): Xlsx => (loaded ??= createRequire(import.meta.url)('@e965/xlsx') as Xlsx);
import { error, type Problem } from '../vocabulary.ts';
import { tableFromRecords, type CsvTable, type RawRecord } from './tableFromRecords.ts';

/**
 * Reads an Excel workbook (.xlsx). Only the values Excel saved are read: formulas are never run (a formula
 * cell gives the result Excel last saved), and macros, styles and rich text are not read at all.
 */
export function readWorkbook(root: string, file: string, problems: Problem[]): WorkBook | null {
  const bytes = readFileSync(`${root}/${file}`);
  // An .xlsx file is a zip archive; anything else (a CSV or an old .xls renamed, a password-protected file) is not one.
  if (bytes.subarray(0, 4).toString('binary') !== 'PK\x03\x04') {
    problems.push(error(file, 'this is not an Excel workbook (.xlsx); in Excel use File › Save As › Excel Workbook (.xlsx), without a password'));
    return null;
  }
  try {
    return xlsx().read(bytes, { type: 'buffer', cellNF: true, cellFormula: false, cellHTML: false, cellText: false, bookVBA: false });
  } catch (e) {
    problems.push(error(file, `the workbook could not be read (${(e as Error).message}); open it in Excel and save it again as .xlsx`));
    return null;
  }
}

/** The workbook's sheet called `name` (in any case), if it has one. */
export function sheetNamed(book: WorkBook, name: string): string | undefined {
  return book.SheetNames.find((sheet) => sheet.trim().toLowerCase() === name.toLowerCase());
}

/** Spreadsheet error values by their code, as Excel shows them. */
const errorValues: Readonly<Record<number, string>> = { 0: '#NULL!', 7: '#DIV/0!', 15: '#VALUE!', 23: '#REF!', 29: '#NAME?', 36: '#NUM!', 42: '#N/A', 43: '#GETTING_DATA' };

/** The part of a number format outside quoted text, brackets and escapes, for telling dates and percentages apart. */
const formatCode = (format: string) => (format.split(';')[0] ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');

/**
 * A cell as the text the CSV path would have read, so that one set of row rules serves both:
 * - a date (a serial number in a date format) as YYYY-MM-DD;
 * - a percentage (a fraction in a "%" format, 0.885 shown as 88.5%) as shown, "88.5%", as Excel would save it in a CSV:
 *   no column of an audit sheet or its weights holds a percentage, so the row rules refuse it, quoting what the cell shows;
 * - a number stored as text as that text, and any other number in full;
 * - TRUE and FALSE as "yes" and "no";
 * - a merged cell's value in every cell it covers (the caller passes the merge's first cell).
 */
export function cellText(cell: CellObject | undefined, date1904: boolean): { text: string } | { problem: string } {
  if (!cell || cell.v === undefined || cell.v === null) return { text: '' };
  const format = typeof cell.z === 'string' ? cell.z : '';
  switch (cell.t) {
    case 'b':
      return { text: cell.v ? 'yes' : 'no' };
    case 'e':
      return { problem: `the cell holds the spreadsheet error ${errorValues[cell.v as number] ?? '#ERROR'}; type the value itself` };
    case 'n': {
      const value = cell.v as number;
      if (format && xlsx().SSF.is_date(format)) {
        const date = xlsx().SSF.parse_date_code(value, { date1904 }) as { y: number; m: number; d: number } | null;
        if (!date) return { problem: `the cell holds the date serial ${value}, which is not a date Excel can show` };
        return { text: `${String(date.y).padStart(4, '0')}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}` };
      }
      const code = formatCode(format);
      if (code.includes('%')) {
        const decimals = /\.([0#?]+)/.exec(code)?.[1]?.length ?? 0;
        return { text: `${(value * 100).toFixed(decimals)}%` };
      }
      return { text: String(value) };
    }
    default:
      return { text: String(cell.v) };
  }
}

/**
 * One worksheet as an input table, under the same header and row rules as a CSV file. The header is the first
 * row that names one of the `expected` columns (rows above it, such as a title, are skipped), or else the first
 * row with anything in it. Blank rows are skipped wherever they are; a value in a column with no header is an error.
 */
export function sheetTable(book: WorkBook, file: string, sheet: string, expected: readonly string[], optional: readonly string[] = []): { table: CsvTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const ws: WorkSheet | undefined = book.Sheets[sheet];
  const empty = { table: { file, sheet, columns: [], rows: [] }, problems };
  const ref = ws?.['!ref'];
  if (!ws || !ref) {
    problems.push(error(file, `the sheet is empty; expected a header row: ${expected.join(',')}`, { sheet, line: 1, column: 1 }));
    return empty;
  }
  const { utils } = xlsx();
  // The cells that hold something, not the sheet's recorded dimension, which formatting alone can stretch to a million rows.
  const range = { s: { r: Infinity, c: 0 }, e: { r: -1, c: -1 } };
  for (const address of Object.keys(ws)) {
    if (address.startsWith('!')) continue;
    const { r, c } = utils.decode_cell(address);
    range.s.r = Math.min(range.s.r, r);
    range.e.r = Math.max(range.e.r, r);
    range.e.c = Math.max(range.e.c, c);
  }
  const firstOfMerge = new Map<string, string>();
  for (const merge of ws['!merges'] ?? []) {
    const first = utils.encode_cell(merge.s);
    for (let r = merge.s.r; r <= merge.e.r; r++) for (let c = merge.s.c; c <= merge.e.c; c++) firstOfMerge.set(utils.encode_cell({ r, c }), first);
  }
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const rows: { line: number; cells: string[] }[] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const cells: string[] = [];
    for (let c = 0; c <= range.e.c; c++) {
      const address = utils.encode_cell({ r, c });
      const read = cellText(ws[firstOfMerge.get(address) ?? address] as CellObject | undefined, date1904);
      if ('problem' in read) problems.push(error(file, read.problem, { sheet, line: r + 1, column: c + 1 }));
      cells.push('text' in read ? read.text.trim() : '');
    }
    rows.push({ line: r + 1, cells });
  }
  const named = rows.findIndex((row) => row.cells.some((cell) => expected.includes(cell)));
  const headRow = rows[named !== -1 ? named : rows.findIndex((row) => row.cells.some((cell) => cell !== ''))];
  if (!headRow || headRow.cells.every((cell) => cell === '')) {
    problems.push(error(file, `the sheet is empty; expected a header row: ${expected.join(',')}`, { sheet, line: 1, column: 1 }));
    return empty;
  }
  const used = headRow.cells.flatMap((cell, c) => (cell === '' ? [] : [c]));
  const head: RawRecord = { line: headRow.line, cells: used.map((c) => headRow.cells[c] ?? ''), columns: used.map((c) => c + 1) };
  const body: RawRecord[] = [];
  for (const row of rows.filter((row) => row.line > headRow.line)) {
    row.cells.forEach((cell, c) => {
      if (cell !== '' && !used.includes(c)) problems.push(error(file, `"${cell}" is in a column with no header; give the column a header from ${expected.join(',')} or clear it`, { sheet, line: row.line, column: c + 1 }));
    });
    body.push({ line: row.line, cells: used.map((c) => row.cells[c] ?? ''), columns: head.columns });
  }
  const made = tableFromRecords(file, sheet, head, body, expected, optional);
  return { table: made.table, problems: [...problems, ...made.problems] };
}
