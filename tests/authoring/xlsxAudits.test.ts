import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { formatProblem } from '../../src/engine/vocabulary.ts';
import { projectRoot } from './cli.ts';
import { writeWorkbook, type TestCell } from './workbook.ts';

const example = join(projectRoot, 'examples', 'exampleshire');
const audits = 'data/audits/exampleshire';
const workbook = `${audits}/2025-cdi.xlsx`;

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

const csvRows = (file: string) =>
  readFileSync(join(example, file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(','));

/** What a report's figures say, without the note that names the file they were counted from. */
const figuresOf = (dir: string) => {
  const { site, problems } = runPipeline(dir);
  return { problems: problems.map(formatProblem), figures: site?.reports.find((r) => r.key === 'exampleshire/2025-cdi')?.figures.map(({ note: _note, ...figure }) => figure) };
};

/**
 * The Exampleshire audit sheet and its weights as an inspector keeps them in Excel: a title row, answers typed
 * "Yes", "Y" and "No", each run of one crime group in one merged cell, blank rows at the end, and the weights
 * on a second sheet, one of them a number stored as text.
 */
function exampleWorkbook(dir: string, change: (rows: TestCell[][]) => void = () => {}, changeWeights: (rows: TestCell[][]) => void = () => {}): void {
  const [header = [], ...body] = csvRows(`${audits}/2025-cdi.csv`);
  const typed = body.map((row, i) => row.map((cell): TestCell => (cell === 'yes' ? (i % 3 === 0 ? 'Yes' : i % 3 === 1 ? 'Y' : 'yes') : cell === 'no' ? 'No' : cell === '' ? null : cell)));
  const merges: string[] = [];
  // Rows 3.. of the sheet hold the records (row 1 the title, row 2 the header); column B the crime group.
  for (let start = 0; start < typed.length; ) {
    let end = start;
    while (end + 1 < typed.length && typed[end + 1]?.[1] === typed[start]?.[1]) end++;
    for (let i = start + 1; i <= end; i++) (typed[i] as TestCell[])[1] = null;
    if (end > start) merges.push(`B${start + 3}:B${end + 3}`);
    start = end + 1;
  }
  const rows: TestCell[][] = [['Exampleshire crime data integrity audit 2025'], header, ...typed, [], [null, null, null], []];
  change(rows);
  const weights = csvRows(`${audits}/2025-cdi.weights.csv`).map(([group = '', crime = ''], i) => [group, i === 0 ? crime : i === 1 ? { t: 's', v: crime } : Number(crime)] as TestCell[]);
  changeWeights(weights);
  writeWorkbook(join(dir, workbook), [
    { name: 'Audit', rows, merges },
    { name: 'Weights', rows: weights },
  ]);
  rmSync(join(dir, `${audits}/2025-cdi.csv`));
  rmSync(join(dir, `${audits}/2025-cdi.weights.csv`));
}

function copyOfExample(): string {
  root = mkdtempSync(join(tmpdir(), 'cdi-xlsx-example-'));
  cpSync(example, root, { recursive: true });
  return root;
}

describe('an audit sheet in Excel (.xlsx)', () => {
  it('gives the same findings as the same sheet saved as CSV', () => {
    const fromCsv = figuresOf(example);
    const dir = copyOfExample();
    exampleWorkbook(dir);
    const fromXlsx = figuresOf(dir);
    expect(fromCsv.problems).toEqual([]);
    expect(fromXlsx.problems).toEqual([]);
    expect(fromXlsx.figures?.find((f) => f.measure === 'overall')?.rate?.text).toBe('88.5%');
    expect(fromXlsx.figures).toEqual(fromCsv.figures);
  });

  it('names the workbook, sheet and cell of a bad answer', () => {
    const dir = copyOfExample();
    exampleWorkbook(dir, (rows) => {
      (rows[13] as TestCell[])[2] = 'maybe';
    });
    expect(runPipeline(dir).problems.map(formatProblem)).toEqual([
      'data/audits/exampleshire/2025-cdi.xlsx: Audit!C14: error: should_record: expected "yes", "no" (or "y", "n") or nothing, got "maybe"',
    ]);
  });

  it('reads the weights from a .weights.xlsx workbook beside it, and names its cell', () => {
    const dir = copyOfExample();
    exampleWorkbook(dir);
    // The audit workbook without its Weights sheet, and the weights as their own workbook with one bad count.
    writeWorkbook(join(dir, workbook), [{ name: 'Audit', rows: csvRows(`${audits}/2025-cdi.csv`) }]);
    writeWorkbook(join(dir, `${audits}/2025-cdi.weights.xlsx`), [{ name: 'Sheet1', rows: [['crime_group', 'recorded_crime'], ['violence', 30000], ['sexual-offences', '3,000'], ['other', 67000]] }]);
    expect(runPipeline(dir).problems.map(formatProblem)).toEqual([
      'data/audits/exampleshire/2025-cdi.weights.xlsx: Sheet1!B3: error: recorded_crime: expected a whole number written with digits only (no commas or units), got "3,000"',
    ]);
  });

  it('refuses a percentage stored as a fraction where a count belongs, and a date serial where an answer belongs, quoting each as Excel shows it, at its cell', () => {
    const dir = copyOfExample();
    exampleWorkbook(
      dir,
      (rows) => {
        (rows[13] as TestCell[])[2] = { t: 'n', v: 46345, z: 'dd/mm/yyyy' };
      },
      // 0.3 formatted as a percentage shows "30%", which is no count of crimes.
      (weights) => {
        (weights[1] as TestCell[])[1] = { t: 'n', v: 0.3, z: '0%' };
      },
    );
    expect(runPipeline(dir).problems.map(formatProblem)).toEqual([
      'data/audits/exampleshire/2025-cdi.xlsx: Weights!B2: error: recorded_crime: expected a whole number written with digits only (no commas or units), got "30%"',
      'data/audits/exampleshire/2025-cdi.xlsx: Audit!C14: error: should_record: expected "yes", "no" (or "y", "n") or nothing, got "2026-11-19"',
    ]);
  });

  it('refuses an audit given both as .csv and as .xlsx', () => {
    const dir = copyOfExample();
    writeWorkbook(join(dir, workbook), [{ name: 'Audit', rows: csvRows(`${audits}/2025-cdi.csv`) }]);
    expect(runPipeline(dir).problems.map(formatProblem)).toEqual([
      'data/audits/exampleshire/2025-cdi.xlsx: error: the audit sheet is given twice, as 2025-cdi.csv and 2025-cdi.xlsx; keep one',
    ]);
  });
});
