/**
 * `npm run bench [-- --sizes 43,430,4300] [--cold] [--profile]`: builds synthetic sites of N inspections and
 * prints how the build scales: wall time, time per page, the pages and images phases, peak memory and the
 * report pages' weights, and every phase the build reports. PDFs are left out (CDI_PDF=off). --cold empties the PNG and search-index caches and
 * removes the previous output, model and Astro cache before each build, as on a fresh clone; without it a rebuild
 * reuses the images and, when no page changed, the search index it made before, and replaces the previous output.
 *
 * Each size gets its own input root (.build/bench-data-N: the real forces, inspections and narratives, cut or topped up to
 * N inspections with synthetic ones that cycle through the forces, each with the Metropolitan 2018 findings and
 * narrative; the real ones stay because pages such as the methodology's worked example cite them) and output (.build/bench-out-N). With --profile the
 * build also writes a V8 CPU profile to .build/bench-prof-N/ (open it in Chrome's DevTools).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { pageWeight } from './pageWeight.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '43,430,4300' }, profile: { type: 'boolean', default: false }, cold: { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map(Number);
const template = { force: 'metropolitan', slug: '2018-cdi' };

type Row = Record<string, string>;
const readCsv = (file: string): { fields: string[]; rows: Row[] } => {
  const parsed = Papa.parse<Row>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
};
const writeCsv = (file: string, fields: string[], rows: Row[]): void => writeFileSync(file, `${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\n' })}\n`);

/** The real inputs (N of them, if there are more) plus synthetic inspections of the template's shape up to N in all, as an input root. */
function generate(n: number): string {
  const root = `.build/bench-data-${n}`;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(`${root}/data`, { recursive: true });
  const forces = readCsv('data/forces.csv');
  const inspections = readCsv('data/inspections.csv');
  const findings = readCsv('data/findings.csv');
  const isTemplate = (r: Row): boolean => r.force === template.force && r.slug === template.slug;
  const inspection = inspections.rows.find(isTemplate);
  const rows = findings.rows.filter(isTemplate);
  const narrative = readFileSync(`content/reports/${template.force}/${template.slug}.md`, 'utf8');
  if (!inspection || rows.length === 0) throw new Error(`the template inspection ${template.force}/${template.slug} is not in data/`);

  // When N is below the real count, N of the real inspections, in file order: the template first (the methodology's
  // worked example cites it), and a re-inspection only with the inspection it revisits.
  const real: Row[] = [inspection];
  const has = (force: string, slug: string): boolean => real.some((r) => r.force === force && r.slug === slug);
  for (const row of inspections.rows) {
    if (real.length >= n) break;
    if (!isTemplate(row) && (!row.revisits || has(row.force ?? '', row.revisits))) real.push(row);
  }
  const kept = (r: Row): boolean => has(r.force ?? '', r.slug ?? '');
  const generated = Array.from({ length: Math.max(0, n - real.length) }, (_, i) => {
    const force = forces.rows[i % forces.rows.length]?.id ?? '';
    const round = Math.floor(i / forces.rows.length) + 1;
    return { force, slug: `synthetic-${String(round).padStart(3, '0')}`, round };
  });
  writeCsv(`${root}/data/forces.csv`, forces.fields, forces.rows);
  writeCsv(`${root}/data/inspections.csv`, inspections.fields, [
    ...inspections.rows.filter(kept),
    ...generated.map(({ force, slug, round }) => ({ ...inspection, force, slug, title: `Crime data integrity inspection (synthetic ${round})`, revisits: '' })),
  ]);
  writeCsv(`${root}/data/findings.csv`, findings.fields, [...findings.rows.filter(kept), ...generated.flatMap(({ force, slug }) => rows.map((row) => ({ ...row, force, slug })))]);
  cpSync('content', `${root}/content`, { recursive: true, filter: (file) => !/content\/reports\/[^/]+\/[^/]+\.md$/.test(file) });
  for (const { force, slug } of real) {
    const file = `content/reports/${force}/${slug}.md`;
    if (existsSync(file)) cpSync(file, `${root}/${file}`);
  }
  for (const { force, slug } of generated) {
    mkdirSync(`${root}/content/reports/${force}`, { recursive: true });
    writeFileSync(`${root}/content/reports/${force}/${slug}.md`, narrative);
  }
  return root;
}

/** Peak resident memory of the build, reported by the build process itself as it exits. */
const maxRssHook = `data:text/javascript,process.on("exit",()=>process.stderr.write("bench-max-rss-kb="+process.resourceUsage().maxRSS+"\\n"))`;

function build(n: number, inputRoot: string): { seconds: number; maxRssMb: number; outDir: string; phases: Record<string, number> } {
  const outDir = `.build/bench-out-${n}`;
  const profile = values.profile ? ['--cpu-prof', `--cpu-prof-dir=.build/bench-prof-${n}`] : [];
  // Cold is a fresh clone's first build: no image or search-index cache, no previous output, model or Astro cache.
  const fresh = ['.build/png-cache', '.build/search-cache', outDir, ...['model', 'cache'].map((kind) => `.build/${outDir.replaceAll('/', '_')}-${kind}`)];
  if (values.cold) for (const dir of fresh) rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', maxRssHook, ...profile, 'scripts/build.ts'], {
    env: { ...process.env, CDI_INPUT_ROOT: inputRoot, OUT_DIR: outDir, CDI_PDF: 'off' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`the build of ${n} inspections failed:\n${run.stderr.slice(-4000)}`);
  const rss = /bench-max-rss-kb=(\d+)/.exec(run.stderr);
  // The build reports its own time and phases: "in 9.9 s (model 1.5 s, pages 6.0 s, then together images 1.8 s, ...)".
  const [, own = '', listed = ''] = / in ([\d.]+) s \(([^)]*)\)\s*$/.exec(run.stdout.trim()) ?? [];
  const phases = Object.fromEntries([...listed.matchAll(/(\w+) ([\d.]+) s/g)].map((m) => [m[1], Number(m[2])]));
  // Before the build's own clock starts: Node, and loading Astro and the engine.
  phases.startup = seconds - Number(own);
  return { seconds, maxRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN, outDir, phases };
}

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replaceAll('\\', '/')}`.replace(/index\.html$/, ''));
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] ?? 0) : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
};

console.log(`node ${process.version}, ${availableParallelism()} cores; sizes ${sizes.join(', ')}${values.cold ? ', cold (no caches, no previous output)' : ', warm (caches and previous output kept)'}${values.profile ? ', profiling' : ''}`);
console.log('inspections  pages  build (s)  ms/page  pages phase (s)  ms/page  images (s)  ms/report  peak RSS (MB)  report page gzip median / max (kB)  every phase (s; images, pdfs and search run together)');
for (const n of sizes) {
  const root = generate(n);
  const { seconds, maxRssMb, outDir, phases } = build(n, root);
  if (!existsSync(outDir)) throw new Error(`${outDir} was not written`);
  const pages = htmlPages(outDir);
  const reports = pages.filter((p) => /^\/forces\/[^/]+\/[^/]+\/$/.test(p));
  // Weighing 4,300 pages takes a while; a sample of 200 evenly spread pages gives the same median and a fair max.
  const step = Math.max(1, Math.floor(reports.length / 200));
  const weights = reports.filter((_, i) => i % step === 0).map((p) => pageWeight(outDir, p).total / 1000);
  console.log(
    [
      String(n).padStart(11),
      String(pages.length).padStart(6),
      seconds.toFixed(1).padStart(10),
      ((seconds * 1000) / pages.length).toFixed(1).padStart(8),
      (phases.pages ?? Number.NaN).toFixed(1).padStart(16),
      (((phases.pages ?? Number.NaN) * 1000) / pages.length).toFixed(1).padStart(8),
      (phases.images ?? Number.NaN).toFixed(1).padStart(11),
      (((phases.images ?? Number.NaN) * 1000) / reports.length).toFixed(1).padStart(10),
      maxRssMb.toFixed(0).padStart(14),
      `  ${median(weights).toFixed(1)} / ${Math.max(...weights).toFixed(1)}`.padEnd(36),
      Object.entries(phases).map(([name, s]) => `${name} ${s.toFixed(1)}`).join(', '),
    ].join(' '),
  );
}
