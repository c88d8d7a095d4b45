/**
 * `npm run build`: data/ and content/ → report model (.build/model) → static site (dist/).
 * The site is built into a temporary folder and swapped in only on success, so that a failed
 * build leaves the previous dist/ untouched.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { build } from 'astro';
import { placeholderWarning, readConfig } from '../src/config.ts';
import { runPipeline } from '../src/engine/pipeline.ts';
import { astroConfig } from '../src/integration/reportModel.ts';
import { reportEditions } from '../src/render/localised.ts';
import { indexSearch } from './indexSearch.ts';
import { hasChromium } from './launchBrowser.ts';
import { printPdfs } from './printPdfs.ts';
import { report } from './report.ts';
import { startSocialCards } from './socialCards.ts';
import { writeModel } from './writeModel.ts';

const { config: asked } = readConfig(process.argv.slice(2));
const placeholder = placeholderWarning(asked);
if (placeholder) console.warn(placeholder);
// Report PDFs need a browser (scripts/launchBrowser.ts: npm ci brings one); with CDI_PDF=off pages are built without their PDF link.
const config = { ...asked, pdf: asked.pdf && hasChromium() };
const { root, inputRoot, outDir } = config;
// Each output folder gets its own model and cache, so that two builds (say, the tests and a benchmark) never collide.
const work = `.build/${outDir.replaceAll('/', '_')}`;
const next = `${work}-next`;
const previous = `${work}-previous`;

const started = performance.now();
const phases: string[] = [];
let phaseStart = started;
const phase = (name: string) => {
  const now = performance.now();
  phases.push(`${name} ${((now - phaseStart) / 1000).toFixed(1)} s`);
  phaseStart = now;
};
const timed = async (name: string, work: Promise<unknown>): Promise<string> => {
  const start = performance.now();
  await work;
  return `${name} ${((performance.now() - start) / 1000).toFixed(1)} s`;
};
const { site, problems } = runPipeline(inputRoot, { drafts: config.drafts });
if (!report(problems) || !site) {
  console.error(`build stopped: ${outDir}/ was left as it was`);
  process.exit(1);
}
// The model as JSON beside the output, for anyone (and the browser tests) who want the computed figures.
writeModel(root, `${work}-model`, site);
phase('model');

rmSync(next, { recursive: true, force: true });
const cards = startSocialCards(site, `${root}/.build/png-cache`);
try {
  await build({ ...astroConfig(config, site), configFile: false, root, outDir: next, cacheDir: `${work}-cache`, logLevel: 'warn' });
  phase('pages');
  if (!config.pdf) console.warn('report PDFs skipped: CDI_PDF=off, or no browser (set CHROMIUM_PATH, or npm ci on Linux x64 for the packaged one)');
  // The cards, the PDFs and the search index need only the built pages and each other's files not at all, and run in
  // worker threads, the browser and pagefind's process: together they keep both cores busy. Each is timed from here.
  const together = await Promise.allSettled([
    timed('images', cards.writeInto(next)),
    timed('pdfs', config.pdf ? printPdfs(next, site.reports.flatMap((r) => Object.values(reportEditions(r))), { base: config.site.base }) : Promise.resolve()),
    timed('search', indexSearch(next)),
  ]);
  const failed = together.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  phases.push(`then together ${together.map((result) => (result.status === 'fulfilled' ? result.value : '')).join(', ')}`);
  phaseStart = performance.now();
} catch (e) {
  rmSync(next, { recursive: true, force: true });
  console.error(e instanceof Error ? e.message : e);
  console.error(`build stopped: ${outDir}/ was left as it was`);
  process.exit(1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(next, outDir);
rmSync(previous, { recursive: true, force: true });
phase('swap');
console.log(`built ${site.reports.length} reports into ${outDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s (${phases.join(', ')})`);
