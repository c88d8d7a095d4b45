import type { WorkBook } from '@e965/xlsx';
import { columns, error, inputFiles, type Problem } from '../vocabulary.ts';
import { listFiles } from './listFiles.ts';
import type { CsvTable } from './tableFromRecords.ts';
import { readCsv } from './readCsv.ts';
import { readWorkbook, sheetNamed, sheetTable } from './readWorkbook.ts';

export interface AuditSheetDocument {
  force: string;
  slug: string;
  sheet: CsvTable;
  /** Police recorded crime by crime group, for a stratified overall estimate; null without weights. */
  weights: CsvTable | null;
}

/** The worksheets an audit workbook is read from: these names (in any case), else its first sheet for the audit. */
export const auditSheetNames = { audit: 'Audit', weights: 'Weights' } as const;

const auditPath = /^data\/audits\/([^/]+)\/([^/]+?)(\.weights)?\.(csv|xlsx)$/;

/**
 * Reads every optional audit sheet data/audits/<force>/<slug>.csv or <slug>.xlsx, and its weights: a
 * <slug>.weights.csv or <slug>.weights.xlsx beside it, or a sheet "Weights" in the audit workbook. Sorted by path.
 */
export function loadAuditSheets(root: string): { sheets: AuditSheetDocument[]; problems: Problem[] } {
  const problems: Problem[] = [];
  // Excel keeps "~$name.xlsx" beside a workbook while it is open: not an input.
  const files = listFiles(root, inputFiles.audits).filter((file) => !/(^|\/)~\$[^/]*$/.test(file));
  const books = new Map<string, WorkBook | null>();
  const book = (file: string) => {
    if (!books.has(file)) books.set(file, readWorkbook(root, file, problems));
    return books.get(file) ?? null;
  };
  const table = (file: string, header: readonly string[], sheetName: string): CsvTable | null => {
    if (file.endsWith('.csv')) return readCsv(root, file, header, problems);
    const workbook = book(file);
    if (!workbook) return null;
    const made = sheetTable(workbook, file, sheetNamed(workbook, sheetName) ?? workbook.SheetNames[0] ?? sheetName, header);
    problems.push(...made.problems);
    return made.table;
  };

  const sheets: AuditSheetDocument[] = [];
  const slugOf = (file: string) => file.replace(/(\.weights)?\.(csv|xlsx)$/, '');
  for (const file of files) {
    const match = auditPath.exec(file);
    if (!match) {
      problems.push(error(file, 'an audit sheet must be at data/audits/<force>/<slug>.csv or <slug>.xlsx, its weights at <slug>.weights.csv or <slug>.weights.xlsx'));
      continue;
    }
    const [, force = '', slug = '', weightsSuffix, extension] = match;
    const audits = files.filter((f) => f === `${slugOf(file)}.csv` || f === `${slugOf(file)}.xlsx`);
    if (weightsSuffix) {
      if (!audits.length) problems.push(error(file, 'weights without their audit sheet; name them <slug>.weights.csv (or .xlsx) beside <slug>.csv (or .xlsx)'));
      continue;
    }
    if (audits.length > 1) {
      if (extension === 'xlsx') problems.push(error(file, `the audit sheet is given twice, as ${slug}.csv and ${slug}.xlsx; keep one`));
      continue;
    }
    const sheet = table(file, columns.audit, auditSheetNames.audit);
    if (!sheet) continue;
    const weightFiles = files.filter((f) => f === `${slugOf(file)}.weights.csv` || f === `${slugOf(file)}.weights.xlsx`);
    const workbook = extension === 'xlsx' ? book(file) : null;
    const inBook = workbook ? sheetNamed(workbook, auditSheetNames.weights) : undefined;
    const sources = [...weightFiles, ...(inBook && inBook !== sheet.sheet ? [`${file} sheet "${inBook}"`] : [])];
    if (sources.length > 1) {
      problems.push(error(file, `the weights are given more than once (${sources.join(', ')}); keep one`));
      continue;
    }
    const weightsFile = weightFiles[0];
    const weights = weightsFile ? table(weightsFile, columns.auditWeights, auditSheetNames.weights) : inBook && workbook && inBook !== sheet.sheet ? table(file, columns.auditWeights, inBook) : null;
    sheets.push({ force, slug, sheet, weights });
  }
  return { sheets, problems };
}
