/**
 * `npm run build`: data/ and content/ → report model (.build/model) → static site (dist/).
 * The site is built into a temporary folder and swapped in only on success, so that a failed
 * build leaves the previous dist/ untouched.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { build } from 'astro';
import { readConfig } from '../src/config.ts';
import { runPipeline } from '../src/engine/pipeline.ts';
import { astroConfig } from '../src/integration/reportModel.ts';
import { indexSearch } from './indexSearch.ts';
import { hasChromium } from './launchBrowser.ts';
import { printPdfs } from './printPdfs.ts';
import { renderPngs } from './renderPngs.ts';
import { report } from './report.ts';
import { writeModel } from './writeModel.ts';

const { config: asked } = readConfig(process.argv.slice(2));
// Report PDFs need chromium; without it (or with CDI_PDF=off) pages are built without their PDF link.
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
const { site, problems } = runPipeline(inputRoot);
if (!report(problems) || !site) {
  console.error(`build stopped: ${outDir}/ was left as it was`);
  process.exit(1);
}
// The model as JSON beside the output, for anyone (and the browser tests) who want the computed figures.
writeModel(root, `${work}-model`, site);
phase('model');

rmSync(next, { recursive: true, force: true });
try {
  await build({ ...astroConfig(config, site), configFile: false, root, outDir: next, cacheDir: `${work}-cache`, logLevel: 'warn' });
  phase('pages');
  await renderPngs(next, site);
  phase('images');
  if (config.pdf) await printPdfs(next, site.reports.map((r) => r.url), config.site.base);
  else console.warn('report PDFs skipped: chromium is not installed (apt-get install chromium) or CDI_PDF=off');
  phase('pdfs');
  await indexSearch(next);
  phase('search');
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
