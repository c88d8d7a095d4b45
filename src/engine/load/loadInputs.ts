import { columnsOf, findingRow, forceRow, inspectionRow } from '../validate/rowSchemas.ts';
import { error, type Problem } from '../problems.ts';
import { loadAuditSheets, type AuditSheetDocument } from './loadAuditSheets.ts';
import { listFiles } from './listFiles.ts';
import type { CsvTable } from './parseCsv.ts';
import { parseFrontMatter, type FrontMatterDocument } from './parseFrontMatter.ts';
import { readCsv } from './readCsv.ts';
import { readText } from './readText.ts';

export const inputFiles = {
  forces: 'data/forces.csv',
  inspections: 'data/inspections.csv',
  findings: 'data/findings.csv',
  reports: 'content/reports',
} as const;

export interface NarrativeDocument {
  file: string;
  force: string;
  slug: string;
  doc: FrontMatterDocument;
}

export interface RawInputs {
  forces: CsvTable;
  inspections: CsvTable;
  findings: CsvTable;
  narratives: NarrativeDocument[];
  audits: AuditSheetDocument[];
}

/** Reads every input file under `root`. Syntax problems (encoding, quoting, columns, YAML) are found here. */
export function loadInputs(root: string): { raw: RawInputs; problems: Problem[] } {
  const problems: Problem[] = [];
  const table = (file: string, columns: string[]): CsvTable => readCsv(root, file, columns, problems);
  const raw: RawInputs = {
    forces: table(inputFiles.forces, columnsOf(forceRow)),
    inspections: table(inputFiles.inspections, columnsOf(inspectionRow)),
    findings: table(inputFiles.findings, columnsOf(findingRow)),
    narratives: [],
    audits: [],
  };
  const audits = loadAuditSheets(root);
  problems.push(...audits.problems);
  raw.audits = audits.sheets;
  for (const file of listFiles(root, inputFiles.reports)) {
    const match = /^content\/reports\/([^/]+)\/([^/]+)\.md$/.exec(file);
    if (!match) {
      problems.push(error(file, 'a narrative must be at content/reports/<force>/<slug>.md'));
      continue;
    }
    const read = readText(root, file);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const parsed = parseFrontMatter(read.text, file);
    problems.push(...parsed.problems);
    if (parsed.doc) raw.narratives.push({ file, force: match[1] ?? '', slug: match[2] ?? '', doc: parsed.doc });
  }
  return { raw, problems };
}
