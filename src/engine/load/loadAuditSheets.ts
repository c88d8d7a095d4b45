import { existsSync, readdirSync } from 'node:fs';
import { error, type Problem } from '../problems.ts';
import { auditRow, auditWeightRow } from '../validate/auditRowSchemas.ts';
import { columnsOf } from '../validate/rowSchemas.ts';
import { parseCsv, type CsvTable } from './parseCsv.ts';
import { readText } from './readText.ts';

export const auditsDir = 'data/audits';

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
  const dir = `${root}/${auditsDir}`;
  if (!existsSync(dir)) return { sheets: [], problems };
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => `${entry.parentPath.slice(root.length + 1)}/${entry.name}`.replaceAll('\\', '/'))
    .sort();
  const table = (file: string, columns: string[]): CsvTable => {
    const read = readText(root, file);
    if ('problem' in read) {
      problems.push(read.problem);
      return { file, rows: [] };
    }
    const parsed = parseCsv(read.text, file, columns);
    problems.push(...parsed.problems);
    return parsed.table;
  };
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
      sheet: table(file, columnsOf(auditRow)),
      weights: files.includes(weightsFile) ? table(weightsFile, columnsOf(auditWeightRow)) : null,
    });
  }
  return { sheets, problems };
}
