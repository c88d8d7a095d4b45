import { columns, error, inputFiles, type Problem } from '../vocabulary.ts';
import { listFiles } from './listFiles.ts';
import type { CsvTable } from './parseCsv.ts';
import { readCsv } from './readCsv.ts';

export interface AuditSheetDocument {
  force: string;
  slug: string;
  sheet: CsvTable;
  /** Police recorded crime by crime group, for a stratified overall estimate; null without a .weights.csv. */
  weights: CsvTable | null;
}

/** Reads every optional audit sheet data/audits/<force>/<slug>.csv and its <slug>.weights.csv, sorted by path. */
export function loadAuditSheets(root: string): { sheets: AuditSheetDocument[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const files = listFiles(root, inputFiles.audits);
  const table = (file: string, header: readonly string[]): CsvTable => readCsv(root, file, header, problems);
  const sheets: AuditSheetDocument[] = [];
  for (const file of files) {
    if (file.endsWith('.weights.csv')) {
      if (!files.includes(file.replace(/\.weights\.csv$/, '.csv'))) problems.push(error(file, 'weights without their audit sheet; name them <slug>.weights.csv beside <slug>.csv'));
      continue;
    }
    const match = /^data\/audits\/([^/]+)\/([^/]+)\.csv$/.exec(file);
    if (!match) {
      problems.push(error(file, 'an audit sheet must be at data/audits/<force>/<slug>.csv'));
      continue;
    }
    const weightsFile = file.replace(/\.csv$/, '.weights.csv');
    sheets.push({
      force: match[1] ?? '',
      slug: match[2] ?? '',
      sheet: table(file, columns.audit),
      weights: files.includes(weightsFile) ? table(weightsFile, columns.auditWeights) : null,
    });
  }
  return { sheets, problems };
}
