/**
 * `npm run new -- <force> <kind> <year> [--docx] [--root <dir>]`: starts a new inspection.
 * Appends its row to data/inspections.csv, a "pending" findings row for every measure that fits its kind,
 * and writes content/reports/<force>/<slug>.md with every front-matter key and section.
 * The scaffold passes `npm run check` as it is: pending figures read "not yet published".
 * With --docx it also writes the narrative as a Word template, <slug>.docx, for npm run import.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readConfig } from '../src/config.ts';
import { loadInputs } from '../src/engine/load/loadInputs.ts';
import { gradeScales, inputFiles, kinds, measures, type Kind, type Measure } from '../src/engine/vocabulary.ts';

/** The inspectorate's list of publications: a source to replace with the report's own address once it is out. */
const publications = 'https://hmicfrs.justiceinspectorates.gov.uk/publications/';

const slugPart: Record<Kind, string> = { 'dip-sample-2014': 'dip-sample', cdi: 'cdi', 'cdi-reinspection': 'cdi-reinspection', peel: 'peel', national: 'national', 'victim-service': 'victim-service' };

const titles: Record<Kind, (year: number) => string> = {
  'dip-sample-2014': (year) => `Crime data integrity inspection ${year}: force dip sample`,
  cdi: (year) => `Crime data integrity inspection ${year}`,
  'cdi-reinspection': (year) => `Crime data integrity re-inspection ${year}`,
  peel: (year) => `PEEL: crime data integrity ${year}`,
  national: (year) => `National crime-recording inspection ${year}`,
  'victim-service': (year) => `Inspection of the service to victims of crime ${year}`,
};

/** The 2014 inspection reported only its dip sample; every later one reports the audit, never a dip sample. */
const fits = (kind: Kind, m: Measure): boolean => (kind === 'dip-sample-2014') === m.id.startsWith('dip-sample');

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
  if (!force || !kind || !year || positional.length > 3) fail(`usage: npm run new -- <force> <kind> <year> [--docx] [--root <dir>]; kind is one of ${Object.keys(kinds).join(', ')}`);
  return { force, kind, year, root };
}

/** A CSV line in the file's own column order; cells with commas, quotes or line breaks are quoted. */
function csvLine(header: string[], cells: Record<string, string>): string {
  return header.map((column) => {
    const cell = cells[column] ?? '';
    return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  }).join(',');
}

function appendRows(file: string, rows: Record<string, string>[]): void {
  const text = readFileSync(file, 'utf8');
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').split(',').map((c) => c.trim());
  const lines = rows.map((row) => csvLine(header, row));
  appendFileSync(file, `${text.endsWith('\n') || text === '' ? '' : '\n'}${lines.join('\n')}\n`);
}

/** Example sentences, each kept only when its measures are in the scaffold, so that every placeholder resolves. */
function narrative(kind: Kind, has: (id: string) => boolean): string {
  const para = (text: string, ...ids: string[]) => (ids.every(has) ? [text, ''] : []);
  const question1 =
    kind === 'dip-sample-2014'
      ? [...para('Inspectors examined {{dip-sample-incidents.count}} incident records. Of the crimes they should have led to, the force recorded {{dip-sample.of}} ({{dip-sample.rate}}).', 'dip-sample', 'dip-sample-incidents')]
      : [
          ...para('### Overall recording rate', 'overall'),
          ...para('Inspectors audited {{reports-audited.count}} crime reports. The force recorded {{overall.rate}} of the crimes that should have been recorded ({{overall.ci}} percentage points). That leaves {{overall.over}} crimes a year unrecorded.', 'reports-audited', 'overall'),
          ...para('The force recorded {{violence.rate}} of reported violent crimes and {{sexual-offences.rate}} of reported sexual offences. It recorded {{domestic-abuse.of}} crimes related to domestic abuse.', 'violence', 'sexual-offences', 'domestic-abuse'),
          ...para('### Rape', 'rape'),
          ...para('Of the reports of rape that needed recording, {{rape.of}} were recorded correctly.', 'rape'),
          ...para('### N100', 'n100-applied'),
          ...para('The force applied the N100 classification in {{n100-applied.of}} cases that needed it.', 'n100-applied'),
        ];
  const question2 =
    kind === 'dip-sample-2014'
      ? []
      : [
          ...para('### Timeliness', 'timeliness-violence'),
          ...para('Of the crimes the force recorded, {{timeliness-violence.of}} violent crimes and {{timeliness-sexual-offences.of}} sexual offences were recorded within 24 hours.', 'timeliness-violence', 'timeliness-sexual-offences'),
          ...para('### Cancelled crimes', 'cancellations-rape'),
          ...para('The force crime registrar was right in {{cancellations-rape.of}} rape cancellations.', 'cancellations-rape'),
        ];
  return [
    '---',
    'headline: >-',
    '  One paragraph that opens the report: what the force does well, what it must improve,',
    '  and its overall grade.',
    'summary:',
    '  - A short finding in plain English.',
    'strengths:',
    '  - Something the force does well.',
    'areas_for_improvement:',
    '  - The force should make sure that every reported crime is recorded without delay.',
    'causes_of_concern:',
    '  - concern: A serious failing, in one sentence.',
    '    recommendations:',
    '      - text: What the force must do about it.',
    '        due: within three months',
    'corrections: []',
    '---',
    '',
    '## Question 1',
    '',
    ...question1,
    '## Question 2',
    '',
    ...question2,
    'Describe the systems and processes that support crime recording.',
    '',
    '## Question 3',
    '',
    'Describe the leadership and culture of the force.',
    '',
    '## Conclusion',
    '',
    'Sum up the findings.',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const docx = process.argv.includes('--docx');
  const args = parseArgs(process.argv.slice(2).filter((arg) => arg !== '--docx'));
  if (!(args.kind in kinds)) fail(`unknown kind "${args.kind}"; expected one of ${Object.keys(kinds).join(', ')}`);
  const kind = args.kind as Kind;
  const latest = new Date().getUTCFullYear() + 1;
  const year = Number(args.year);
  if (!/^\d{4}$/.test(args.year) || year < 2014 || year > latest) fail(`bad year "${args.year}"; expected a year from 2014 to ${latest}`);
  if (kind === 'dip-sample-2014' && year !== 2014) fail(`bad year "${args.year}"; the dip sample inspection was in 2014`);

  const { raw } = loadInputs(args.root);
  const forces = raw.forces.rows.map((r) => r.cells.id ?? '');
  if (!forces.includes(args.force)) fail(`unknown force "${args.force}"; it must be an id in ${inputFiles.forces}`);
  const slug = `${year}-${slugPart[kind]}`;
  const ofForce = raw.inspections.rows.filter((r) => r.cells.force === args.force);
  if (ofForce.some((r) => r.cells.slug === slug)) fail(`${args.force} already has an inspection "${slug}" in ${inputFiles.inspections}`);
  const narrativeFile = `${inputFiles.reports}/${args.force}/${slug}.md`;
  if (existsSync(`${args.root}/${narrativeFile}`)) fail(`${narrativeFile} already exists`);

  // A re-inspection revisits the force's latest earlier crime data inspection.
  const revisits =
    kind === 'cdi-reinspection'
      ? (ofForce
          .filter((r) => (r.cells.kind ?? '').startsWith('cdi') && Number((r.cells.slug ?? '').slice(0, 4)) <= year)
          .sort((a, b) => (a.cells.slug ?? '').slice(0, 4).localeCompare((b.cells.slug ?? '').slice(0, 4)) || (a.cells.published ?? '').localeCompare(b.cells.published ?? ''))
          .at(-1)?.cells.slug ?? '')
      : '';

  const scale = kind === 'peel' ? 'five-grade' : 'four-grade';
  appendRows(`${args.root}/${inputFiles.inspections}`, [
    {
      force: args.force,
      slug,
      kind,
      title: titles[kind](year),
      grade_scale: scale,
      revisits,
      source_url: publications,
    },
  ]);
  const fitting = measures.filter((m) => fits(kind, m));
  appendRows(`${args.root}/${inputFiles.findings}`, fitting.map((m) => ({ force: args.force, slug, measure: m.id, status: 'pending', source: publications })));
  mkdirSync(dirname(`${args.root}/${narrativeFile}`), { recursive: true });
  const ids = new Set(fitting.map((m) => m.id));
  writeFileSync(`${args.root}/${narrativeFile}`, narrative(kind, (id) => ids.has(id)));
  const template = narrativeFile.replace(/\.md$/, '.docx');
  // Loaded only when asked for: the Word libraries are large, and the scaffold alone should start fast.
  if (docx) writeFileSync(`${args.root}/${template}`, await (await import('../src/authoring/wordCopies.ts')).wordTemplate(args.root, `${args.force}/${slug}`));

  console.log(`added ${args.force}/${slug}, graded on the ${scale} scale (${gradeScales[scale].join(', ')}):
  ${inputFiles.inspections}: 1 row
  ${inputFiles.findings}: ${fitting.length} pending rows, shown as "not yet published" until you fill them in
  ${narrativeFile}: the narrative to write${docx ? `\n  ${template}: the same as a Word template; write it, then npm run import -- ${template} ${args.force}/${slug}` : ''}
next: npm run check`);
}

await main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
