/**
 * `npm run new -- <force> <kind> <year> [--docx] [--cy] [--root <dir>]`: starts a new inspection.
 * Appends its row to data/inspections.csv, a "pending" findings row for every measure that fits its kind,
 * and writes content/reports/<force>/<slug>.md with every front-matter key and section (src/authoring/scaffoldInspection.ts).
 * The scaffold passes `npm run check` as it is: pending figures read "not yet published".
 * With --docx it also writes the narrative as a Word template, <slug>.docx, for npm run import.
 * With `--cy` it also writes the Welsh narrative <slug>.cy.md beside the English one (scripts/welshScaffold.ts);
 * for an inspection that already has its English narrative, `--cy` writes only the Welsh one.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { scaffoldInspection } from '../src/authoring/scaffoldInspection.ts';
import { readConfig } from '../src/config.ts';
import { loadInputs } from '../src/engine/load/loadInputs.ts';
import type { CsvTable } from '../src/engine/load/tableFromRecords.ts';
import { gradeScales, inputFiles, kinds, type Kind } from '../src/engine/vocabulary.ts';
import { toCsv } from '../src/render/downloads/csv.ts';
import { welshScaffold } from './welshScaffold.ts';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

function parseArgs(argv: string[]): { force: string; kind: string; year: string; root: string; docx: boolean; welsh: boolean } {
  let read: ReturnType<typeof readConfig>;
  try {
    read = readConfig(argv);
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  const { config, rest } = read;
  const positional = rest.filter((arg) => arg !== '--docx' && arg !== '--cy');
  const [force, kind, year] = positional;
  if (!force || !kind || !year || positional.length > 3) fail(`usage: npm run new -- <force> <kind> <year> [--docx] [--cy] [--root <dir>]; kind is one of ${Object.keys(kinds).join(', ')}`);
  return { force, kind, year, root: config.inputRoot, docx: rest.includes('--docx'), welsh: rest.includes('--cy') };
}

/** Appends rows to an input file in its own column order, written by the project's CSV writer. */
function appendRows(root: string, table: CsvTable, rows: Record<string, string>[]): void {
  const file = `${root}/${table.file}`;
  const text = readFileSync(file, 'utf8');
  const csv = toCsv(table.columns, rows.map((row) => table.columns.map((column) => row[column] ?? '')));
  appendFileSync(file, `${text.endsWith('\n') || text === '' ? '' : '\n'}${csv.slice(csv.indexOf('\n') + 1)}`);
}

/** Writes the Welsh narrative's scaffold from the English narrative as it is on disk. */
function writeWelsh(root: string, englishFile: string, welshFile: string): void {
  writeFileSync(`${root}/${welshFile}`, welshScaffold(readFileSync(`${root}/${englishFile}`, 'utf8'), englishFile));
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!(args.kind in kinds)) fail(`unknown kind "${args.kind}"; expected one of ${Object.keys(kinds).join(', ')}`);
  const kind = args.kind as Kind;
  const latest = new Date().getUTCFullYear() + 1;
  const year = Number(args.year);
  if (!/^\d{4}$/.test(args.year) || year < 2014 || year > latest) fail(`bad year "${args.year}"; expected a year from 2014 to ${latest}`);

  const { raw } = loadInputs(args.root);
  const forces = raw.forces.rows.map((r) => r.cells.id ?? '');
  if (!forces.includes(args.force)) fail(`unknown force "${args.force}"; it must be an id in ${inputFiles.forces}`);
  const earlier = raw.inspections.rows
    .filter((r) => r.cells.force === args.force)
    .map((r) => ({ slug: r.cells.slug ?? '', kind: r.cells.kind ?? '', published: r.cells.published ?? '' }));

  // The inspection is there already: --cy adds the Welsh narrative beside its English one.
  const slug = `${year}-${kinds[kind].slug}`;
  const englishFile = `${inputFiles.reports}/${args.force}/${slug}.md`;
  const welshFile = `${inputFiles.reports}/${args.force}/${slug}.cy.md`;
  if (args.welsh && existsSync(`${args.root}/${welshFile}`)) fail(`${welshFile} already exists`);
  if (args.welsh && earlier.some((i) => i.slug === slug)) {
    if (!existsSync(`${args.root}/${englishFile}`)) fail(`${englishFile} does not exist; write the English narrative first`);
    writeWelsh(args.root, englishFile, welshFile);
    console.log(`added ${welshFile}: the Welsh narrative to write, with the English one's sections and placeholders\nnext: npm run check`);
    return;
  }

  const made = scaffoldInspection(args.force, kind, year, earlier);
  if ('problem' in made) fail(made.problem);
  if (existsSync(`${args.root}/${made.narrativeFile}`)) fail(`${made.narrativeFile} already exists`);

  appendRows(args.root, raw.inspections, [made.inspection]);
  appendRows(args.root, raw.findings, made.findings);
  mkdirSync(dirname(`${args.root}/${made.narrativeFile}`), { recursive: true });
  writeFileSync(`${args.root}/${made.narrativeFile}`, made.narrative);
  const template = made.narrativeFile.replace(/\.md$/, '.docx');
  // Loaded only when asked for: the Word libraries are large, and the scaffold alone should start fast.
  if (args.docx) writeFileSync(`${args.root}/${template}`, await (await import('../src/authoring/wordCopies.ts')).wordTemplate(args.root, `${args.force}/${made.slug}`));
  if (args.welsh) writeWelsh(args.root, made.narrativeFile, welshFile);

  const scale = kinds[kind].scale;
  console.log(`added ${args.force}/${made.slug}, graded on the ${scale} scale (${gradeScales[scale].join(', ')}):
  ${inputFiles.inspections}: 1 row
  ${inputFiles.findings}: ${made.findings.length} pending rows, shown as "not yet published" until you fill them in
  ${made.narrativeFile}: the narrative to write${args.docx ? `\n  ${template}: the same as a Word template; write it, then npm run import -- ${template} ${args.force}/${made.slug}` : ''}${args.welsh ? `\n  ${welshFile}: its Welsh narrative, from the inspectorate's Welsh page` : ''}
next: npm run check`);
}

await main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
