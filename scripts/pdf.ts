/**
 * `npm run pdf [-- --dir <built site>] [--only <force>/<slug>,...] [--base /cdi/]`: prints report pages of a built
 * site to report.pdf beside each index.html, each in every edition the build has (English, and Welsh under cy/). `npm run build` already does this, reusing the PDFs of unchanged pages;
 * this command prints an existing build, or a few of its reports, again.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../src/config.ts';
import { localePath, reportPath } from '../src/routes.ts';
import { printPdfs } from './printPdfs.ts';

function parseArgs(argv: string[]): { dir: string; only: string[] } {
  let dir = 'dist';
  const only: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dir') dir = argv[++i] ?? dir;
    else if (argv[i] === '--only') only.push(...(argv[++i] ?? '').split(',').filter(Boolean));
    else throw new Error(`npm run pdf: unknown argument "${argv[i]}"; usage: npm run pdf -- [--dir <built site>] [--only <force>/<slug>]`);
  }
  return { dir, only };
}

/** Report pages of the built site (in the folder of one edition's pages: "forces", "cy/forces") as "<force>/<slug>", sorted. */
function reportPages(dir: string, folder = 'forces'): string[] {
  const forces = join(dir, folder);
  if (!existsSync(forces)) return [];
  return readdirSync(forces, { withFileTypes: true })
    .filter((f) => f.isDirectory())
    .flatMap((f) => readdirSync(join(forces, f.name), { withFileTypes: true }).filter((s) => s.isDirectory() && existsSync(join(forces, f.name, s.name, 'index.html'))).map((s) => `${f.name}/${s.name}`))
    .sort();
}

// A site built with a base path (--base or CDI_BASE_PATH) is served under it while printing.
const { config, rest } = readConfig(process.argv.slice(2));
const { dir, only } = parseArgs(rest);
const pages = reportPages(dir);
const unknown = only.filter((key) => !pages.includes(key));
if (!pages.length || unknown.length) {
  console.error(unknown.length ? `npm run pdf: no report page ${unknown.join(', ')} in ${dir}/` : `npm run pdf: no report pages in ${dir}/; build the site first`);
  process.exit(1);
}
const chosen = only.length ? only : pages;
const started = performance.now();
// Each chosen report in every edition the build has of it (the Welsh one of a Welsh force's report, under cy/).
const welsh = new Set(reportPages(dir, localePath('/forces', 'cy').slice(1)));
const urls = chosen.flatMap((key) => {
  const [force = '', slug = ''] = key.split('/');
  return [reportPath({ force, slug }), ...(welsh.has(key) ? [reportPath({ force, slug }, 'cy')] : [])];
});
await printPdfs(dir, urls, { reprint: true, base: config.site.base });
console.log(`printed ${urls.length} report page(s) to PDF in ${((performance.now() - started) / 1000).toFixed(1)} s`);
