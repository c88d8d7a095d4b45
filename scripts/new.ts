/**
 * `npm run new -- <force> <kind> <year> [--root <dir>]`: starts a new inspection.
 * Appends its row to data/inspections.csv, a "pending" findings row for every measure that fits its kind,
 * and writes content/reports/<force>/<slug>.md with every front-matter key and section (src/authoring/scaffoldInspection.ts).
 * The scaffold passes `npm run check` as it is: pending figures read "not yet published".
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { scaffoldInspection } from '../src/authoring/scaffoldInspection.ts';
import { readConfig } from '../src/config.ts';
import { loadInputs } from '../src/engine/load/loadInputs.ts';
import type { CsvTable } from '../src/engine/load/parseCsv.ts';
import { gradeScales, inputFiles, kinds, type Kind } from '../src/engine/vocabulary.ts';
import { toCsv } from '../src/render/downloads/csv.ts';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

function parseArgs(argv: string[]): { force: string; kind: string; year: string; root: string } {
  let read: ReturnType<typeof readConfig>;
  try {
    read = readConfig(argv);
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  const { config, rest: positional } = read;
  const root = config.inputRoot;
  const [force, kind, year] = positional;
  if (!force || !kind || !year || positional.length > 3) fail(`usage: npm run new -- <force> <kind> <year> [--root <dir>]; kind is one of ${Object.keys(kinds).join(', ')}`);
  return { force, kind, year, root };
}

/** Appends rows to an input file in its own column order, written by the project's CSV writer. */
function appendRows(root: string, table: CsvTable, rows: Record<string, string>[]): void {
  const file = `${root}/${table.file}`;
  const text = readFileSync(file, 'utf8');
  const csv = toCsv(table.columns, rows.map((row) => table.columns.map((column) => row[column] ?? '')));
  appendFileSync(file, `${text.endsWith('\n') || text === '' ? '' : '\n'}${csv.slice(csv.indexOf('\n') + 1)}`);
}

function main(): void {
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
  const made = scaffoldInspection(args.force, kind, year, earlier);
  if ('problem' in made) fail(made.problem);
  if (existsSync(`${args.root}/${made.narrativeFile}`)) fail(`${made.narrativeFile} already exists`);

  appendRows(args.root, raw.inspections, [made.inspection]);
  appendRows(args.root, raw.findings, made.findings);
  mkdirSync(dirname(`${args.root}/${made.narrativeFile}`), { recursive: true });
  writeFileSync(`${args.root}/${made.narrativeFile}`, made.narrative);

  const scale = kinds[kind].scale;
  console.log(`added ${args.force}/${made.slug}, graded on the ${scale} scale (${gradeScales[scale].join(', ')}):
  ${inputFiles.inspections}: 1 row
  ${inputFiles.findings}: ${made.findings.length} pending rows, shown as "not yet published" until you fill them in
  ${made.narrativeFile}: the narrative to write
next: npm run check`);
}

main();
