import { existsSync } from 'node:fs';
import { columns, error, inputFiles, optionalColumns, type Problem } from '../vocabulary.ts';
import { loadAuditSheets, type AuditSheetDocument } from './loadAuditSheets.ts';
import { listFiles } from './listFiles.ts';
import { loadReleases, type RawReleases } from './loadReleases.ts';
import type { CsvTable } from './tableFromRecords.ts';
import { parseFrontMatter, type FrontMatterDocument } from './parseFrontMatter.ts';
import { readCsv } from './readCsv.ts';
import { readText } from './readText.ts';

export interface NarrativeDocument {
  file: string;
  force: string;
  slug: string;
  /** The file as written, for the prose checks. */
  text: string;
  doc: FrontMatterDocument;
}

export interface RawInputs {
  forces: CsvTable;
  inspections: CsvTable;
  findings: CsvTable;
  narratives: NarrativeDocument[];
  /** The Welsh narratives, `content/reports/<force>/<slug>.cy.md`, each beside the English one it renders in Welsh. */
  welshNarratives: NarrativeDocument[];
  audits: AuditSheetDocument[];
  releases: RawReleases;
  /** data/research-log.csv, or no rows where the file does not exist. */
  researchLog: CsvTable;
  /** data/places.csv, or no rows where the file does not exist. */
  places: CsvTable;
}

/** Reads every input file under `root`. Syntax problems (encoding, quoting, columns, YAML) are found here. */
export function loadInputs(root: string): { raw: RawInputs; problems: Problem[] } {
  const problems: Problem[] = [];
  const table = (file: string, header: readonly string[], optional: readonly string[] = []): CsvTable => readCsv(root, file, header, problems, optional);
  const optionalTable = (file: string, header: readonly string[]): CsvTable => (existsSync(`${root}/${file}`) ? table(file, header) : { file, columns: [], rows: [] });
  const raw: RawInputs = {
    forces: table(inputFiles.forces, columns.forces),
    inspections: table(inputFiles.inspections, columns.inspections, optionalColumns.inspections),
    findings: table(inputFiles.findings, columns.findings, optionalColumns.findings),
    narratives: [],
    welshNarratives: [],
    audits: [],
    releases: { list: null, snapshots: new Map() },
    researchLog: optionalTable(inputFiles.researchLog, columns.researchLog),
    places: optionalTable(inputFiles.places, columns.places),
  };
  const audits = loadAuditSheets(root);
  problems.push(...audits.problems);
  raw.audits = audits.sheets;
  const releases = loadReleases(root);
  problems.push(...releases.problems);
  raw.releases = releases.releases;
  for (const file of listFiles(root, inputFiles.reports)) {
    // A Word draft, template or review copy sits beside its narrative (npm run new --docx, import, export).
    if (file.endsWith('.docx')) continue;
    const match = /^content\/reports\/([^/]+)\/([^/]+?)(\.cy)?\.md$/.exec(file);
    if (!match) {
      problems.push(error(file, 'a narrative must be at content/reports/<force>/<slug>.md (or <slug>.cy.md for its Welsh text)'));
      continue;
    }
    const read = readText(root, file);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const parsed = parseFrontMatter(read.text, file);
    problems.push(...parsed.problems);
    if (parsed.doc) (match[3] ? raw.welshNarratives : raw.narratives).push({ file, force: match[1] ?? '', slug: match[2] ?? '', text: read.text, doc: parsed.doc });
  }
  return { raw, problems };
}
