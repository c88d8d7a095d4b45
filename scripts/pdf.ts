/**
 * `npm run pdf [-- --dir <built site>] [--only <force>/<slug> ...]`: prints every report page of a built site
 * to report.pdf beside its index.html, through Debian's chromium, from a static server on 127.0.0.1 so that
 * the page loads its styles and images exactly as a reader's browser does.
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.xml': 'application/xml',
};

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

/** Report pages of the built site as "<force>/<slug>", sorted. */
function reportPages(dir: string): string[] {
  const forces = join(dir, 'forces');
  if (!existsSync(forces)) return [];
  return readdirSync(forces, { withFileTypes: true })
    .filter((f) => f.isDirectory())
    .flatMap((f) => readdirSync(join(forces, f.name), { withFileTypes: true }).filter((s) => s.isDirectory() && existsSync(join(forces, f.name, s.name, 'index.html'))).map((s) => `${f.name}/${s.name}`))
    .sort();
}

function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    let file = join(dir, path);
    if (!file.startsWith(normalize(dir)) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main(): Promise<void> {
  const { dir, only } = parseArgs(process.argv.slice(2));
  const pages = reportPages(dir);
  const unknown = only.filter((key) => !pages.includes(key));
  if (!pages.length || unknown.length) {
    console.error(unknown.length ? `npm run pdf: no report page ${unknown.join(', ')} in ${dir}/` : `npm run pdf: no report pages in ${dir}/; build the site first`);
    process.exit(1);
  }
  const chosen = only.length ? only : pages;
  const started = performance.now();
  const server = await serve(dir);
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    for (const key of chosen) {
      await page.goto(`http://127.0.0.1:${port}/forces/${key}/`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      await page.pdf({
        path: join(dir, 'forces', key, 'report.pdf'),
        format: 'A4',
        printBackground: true,
        margin: { top: '15mm', bottom: '18mm', left: '15mm', right: '15mm' },
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: '<div style="font-size:9px;width:100%;text-align:center;color:#000">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
        tagged: true,
        outline: true,
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`printed ${chosen.length} report(s) to PDF in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

await main();
