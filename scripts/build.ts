/**
 * `npm run build`: data/ and content/ → report model (.build/model) → static site (dist/).
 * The site is built into a temporary folder and swapped in only on success, so that a failed
 * build leaves the previous dist/ untouched.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { build } from 'astro';
import { runPipeline } from '../src/engine/pipeline.ts';
import { writeModel } from '../src/engine/writeModel.ts';
import { report } from './report.ts';

const root = process.cwd();
const outDir = process.env.OUT_DIR ?? 'dist';
const next = `.build/${outDir.replaceAll('/', '_')}-next`;
const previous = `.build/${outDir.replaceAll('/', '_')}-previous`;

const started = performance.now();
const { site, problems } = runPipeline(root);
if (!report(problems) || !site) {
  console.error(`build stopped: ${outDir}/ was left as it was`);
  process.exit(1);
}
writeModel(root, site);

rmSync(next, { recursive: true, force: true });
try {
  await build({ root, outDir: next, logLevel: 'warn' });
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
console.log(`built ${site.reports.length} reports into ${outDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
