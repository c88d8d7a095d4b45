/** `npm run check [root]`: validates data/ and content/ and computes every report, without building the site. */
import { resolve } from 'node:path';
import { readConfig } from '../src/config.ts';
import { runPipeline } from '../src/engine/pipeline.ts';
import { report } from './report.ts';

const started = performance.now();
const { config, rest } = readConfig(process.argv.slice(2));
const [root] = rest;
// A draft is checked like any report, though a build leaves it out.
const { site, problems } = runPipeline(root === undefined ? config.inputRoot : resolve(root), { drafts: true });
const ok = report(problems);
if (ok && site) console.log(`checked ${site.reports.length} inspections in ${Math.round(performance.now() - started)} ms: no errors`);
process.exitCode = ok ? 0 : 1;
