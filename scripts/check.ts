/** `npm run check [root]`: validates data/ and content/ and computes every report, without building the site. */
import { runPipeline } from '../src/engine/pipeline.ts';
import { report } from './report.ts';

const started = performance.now();
const { site, problems } = runPipeline(process.argv[2] ?? process.env.CDI_INPUT_ROOT ?? process.cwd());
const ok = report(problems);
if (ok && site) console.log(`checked ${site.reports.length} inspections in ${Math.round(performance.now() - started)} ms: no errors`);
process.exitCode = ok ? 0 : 1;
