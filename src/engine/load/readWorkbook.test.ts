import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workbookBytes, type TestSheet } from '../../../tests/authoring/workbook.ts';
import { formatProblem, type Problem } from '../vocabulary.ts';
import { cellText, readWorkbook, sheetTable } from './readWorkbook.ts';

const file = 'data/audits/kent/2026-cdi.xlsx';
/** Every folder a test wrote a workbook into (several per test), removed after it. */
const roots: string[] = [];
const newRoot = (): string => {
  const root = mkdtempSync(join(tmpdir(), 'cdi-xlsx-'));
  roots.push(root);
  return root;
};
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Writes the sheets as an .xlsx file and reads its first sheet back as a table of `columns`. */
function readBack(sheets: TestSheet[], columns: readonly string[], sheet = sheets[0]?.name ?? '') {
  const root = newRoot();
  writeFileSync(join(root, 'book.xlsx'), workbookBytes(sheets));
  const problems: Problem[] = [];
  const book = readWorkbook(root, 'book.xlsx', problems);
  if (!book) return { rows: [], messages: problems.map(formatProblem) };
  const made = sheetTable(book, file, sheet, columns);
  return { rows: made.table.rows, messages: [...problems, ...made.problems].map(formatProblem) };
}

describe('cellText()', () => {
  it('cellText() reads a date serial in a date format as YYYY-MM-DD, in the 1900 and the 1904 date systems', () => {
    expect(cellText({ t: 'n', v: 46345, z: 'dd/mm/yyyy' }, false)).toEqual({ text: '2026-11-19' });
    expect(cellText({ t: 'n', v: 46345, z: 'd mmmm yyyy' }, false)).toEqual({ text: '2026-11-19' });
    expect(cellText({ t: 'n', v: 46345 - 1462, z: 'yyyy-mm-dd' }, true)).toEqual({ text: '2026-11-19' });
  });

  it('cellText() reads a percentage stored as a fraction as the percentage shown, to the decimals of its format, with its sign', () => {
    expect(cellText({ t: 'n', v: 0.885, z: '0.0%' }, false)).toEqual({ text: '88.5%' });
    expect(cellText({ t: 'n', v: 0.9124, z: '0.00%' }, false)).toEqual({ text: '91.24%' });
    expect(cellText({ t: 'n', v: 0.6, z: '0%' }, false)).toEqual({ text: '60%' });
  });

  it('cellText() keeps a number stored as text as typed, and a plain number in full', () => {
    expect(cellText({ t: 's', v: '30000' }, false)).toEqual({ text: '30000' });
    expect(cellText({ t: 's', v: '0042' }, false)).toEqual({ text: '0042' });
    expect(cellText({ t: 'n', v: 30000, z: 'General' }, false)).toEqual({ text: '30000' });
    expect(cellText({ t: 'n', v: 87.6 }, false)).toEqual({ text: '87.6' });
  });

  it('cellText() reads TRUE and FALSE as yes and no, an empty cell as empty, and refuses an error value', () => {
    expect(cellText({ t: 'b', v: true }, false)).toEqual({ text: 'yes' });
    expect(cellText({ t: 'b', v: false }, false)).toEqual({ text: 'no' });
    expect(cellText(undefined, false)).toEqual({ text: '' });
    expect(cellText({ t: 'e', v: 42 }, false)).toEqual({ problem: 'the cell holds the spreadsheet error #N/A; type the value itself' });
  });
});

describe('sheetTable()', () => {
  const columns = ['reference', 'crime_group', 'recorded_crime'];

  it('sheetTable() gives each row its worksheet row and each cell its column, skipping blank trailing rows and a title above the header', () => {
    const { rows, messages } = readBack(
      [{ name: 'Audit', rows: [['Kent audit 2026'], [], ['reference', 'crime_group', 'recorded_crime'], ['K-1', 'violence', 12], ['K-2', 'other', { t: 's', v: '7' }], [null, null, null], [], ['', '', '']] }],
      columns,
    );
    expect(messages).toEqual([]);
    expect(rows).toEqual([
      { line: 4, cells: { reference: 'K-1', crime_group: 'violence', recorded_crime: '12' }, columns: { reference: 1, crime_group: 2, recorded_crime: 3 } },
      { line: 5, cells: { reference: 'K-2', crime_group: 'other', recorded_crime: '7' }, columns: { reference: 1, crime_group: 2, recorded_crime: 3 } },
    ]);
  });

  it('sheetTable() gives a merged cell\'s value to every row and column it covers, as the sheet shows it', () => {
    const { rows } = readBack([{ name: 'Audit', rows: [['reference', 'crime_group', 'recorded_crime'], ['K-1', 'violence', 1], ['K-2', null, 2], ['K-3', null, 3]], merges: ['B2:B4'] }], columns);
    expect(rows.map((row) => row.cells.crime_group)).toEqual(['violence', 'violence', 'violence']);
  });

  it('sheetTable() names the sheet and cell of a value in a column with no header, of an error value and of an unknown column', () => {
    expect(readBack([{ name: 'Audit', rows: [['reference', 'crime_group', 'recorded_crime'], ['K-1', 'violence', 1, null, 'note']] }], columns).messages).toEqual([
      'data/audits/kent/2026-cdi.xlsx: Audit!E2: error: "note" is in a column with no header; give the column a header from reference,crime_group,recorded_crime or clear it',
    ]);
    expect(readBack([{ name: 'Audit', rows: [['reference', 'crime_group', 'recorded_crime'], ['K-1', 'violence', { t: 'e', v: 7 }]] }], columns).messages).toEqual([
      'data/audits/kent/2026-cdi.xlsx: Audit!C2: error: the cell holds the spreadsheet error #DIV/0!; type the value itself',
    ]);
    expect(readBack([{ name: 'My audit', rows: [['reference', 'crime group', 'recorded_crime']] }], columns).messages).toEqual([
      "data/audits/kent/2026-cdi.xlsx: 'My audit'!A1: error: missing column \"crime_group\"; expected columns: reference,crime_group,recorded_crime",
      "data/audits/kent/2026-cdi.xlsx: 'My audit'!B1: error: unknown column \"crime group\"; expected columns: reference,crime_group,recorded_crime",
    ]);
  });

  it('readWorkbook() refuses a file that is not an .xlsx workbook, saying how to save one', () => {
    const root = newRoot();
    writeFileSync(join(root, 'book.xlsx'), 'reference,crime_group\nK-1,violence\n');
    const problems: Problem[] = [];
    expect(readWorkbook(root, 'book.xlsx', problems)).toBeNull();
    expect(problems.map(formatProblem)).toEqual(['book.xlsx: error: this is not an Excel workbook (.xlsx); in Excel use File › Save As › Excel Workbook (.xlsx), without a password']);
  });
});
