import { writeFileSync } from 'node:fs';
import { utils, write, type CellObject, type Range } from '@e965/xlsx';

/** A cell as a test writes it: a plain value, or a cell object with its type and number format (`z`). */
export type TestCell = string | number | boolean | null | CellObject;

export interface TestSheet {
  name: string;
  rows: TestCell[][];
  /** Merged ranges such as "B3:B5". */
  merges?: string[];
}

/** An .xlsx workbook built with the library the engine reads it with, as bytes. */
export function workbookBytes(sheets: readonly TestSheet[]): Buffer {
  const book = utils.book_new();
  for (const sheet of sheets) {
    const ws = utils.aoa_to_sheet(sheet.rows.map((row) => row.map((cell) => (cell !== null && typeof cell === 'object' ? null : cell))));
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null && typeof cell === 'object') ws[utils.encode_cell({ r, c })] = cell;
      }),
    );
    const width = Math.max(1, ...sheet.rows.map((row) => row.length));
    ws['!ref'] = utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, sheet.rows.length - 1), c: width - 1 } });
    if (sheet.merges) ws['!merges'] = sheet.merges.map((range): Range => utils.decode_range(range));
    utils.book_append_sheet(book, ws, sheet.name);
  }
  return write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

export function writeWorkbook(path: string, sheets: readonly TestSheet[]): void {
  writeFileSync(path, workbookBytes(sheets));
}
