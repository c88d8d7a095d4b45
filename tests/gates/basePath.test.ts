import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/serve.ts';
import { buildSiteOrThrow } from '../e2e/support/buildSite.ts';
import { brokenLinks, linkChecker, serverReader } from '../e2e/support/linkCheck.ts';
import { listPages } from '../e2e/support/listPages.ts';
import { projectRoot } from '../e2e/support/projectRoot.ts';

/**
 * A site published in a folder of another site: built with an address and a base path, served only under that
 * path, every reference must resolve there, and every absolute address must be the configured one.
 */
const address = 'https://reports.example.gov.uk';
const base = '/cdi/';
const outDir = '.build/test-base-path';
const siteDir = resolve(projectRoot, outDir);
const report = '/forces/northshire/2016-cdi/';

let inputs: string;
let server: StaticServer;
let pages: string[];
let origin: string;
const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');

beforeAll(async () => {
  // The minimal fixture, with what writes links inside the narrative: a glossary term and a correction with a site path.
  inputs = mkdtempSync(join(tmpdir(), 'cdi-base-'));
  cpSync(resolve(projectRoot, 'tests/fixtures/valid/minimal'), inputs, { recursive: true });
  const narrative = join(inputs, 'content/reports/northshire/2016-cdi.md');
  const text = readFileSync(narrative, 'utf8')
    .replace('---\n', '---\ncorrections:\n  - date: 2016-09-01\n    change: The [comparison](/methodology/#comparisons) was reworded.\n    reason: It was unclear.\n')
    .replace('Inspectors surveyed staff', 'Inspectors surveyed staff, including the DDM team');
  writeFileSync(narrative, text);
  // A data release made at the default address, then a figure changed since: the change log must link by the
  // site's own address and base path, not by the page addresses the release recorded.
  const env = { ...process.env };
  delete env.CDI_SITE_URL;
  delete env.CDI_BASE_PATH;
  const release = spawnSync(process.execPath, ['scripts/release.ts', '1.0.0', '2016-09-02', 'First release.', '--root', inputs], { cwd: projectRoot, env, encoding: 'utf8' });
  if (release.status !== 0) throw new Error(`release failed: ${release.stderr}`);
  const findings = join(inputs, 'data/findings.csv');
  writeFileSync(findings, readFileSync(findings, 'utf8').replace('northshire,2016-cdi,violence,459,524,', 'northshire,2016-cdi,violence,460,524,'));
  buildSiteOrThrow(outDir, inputs, ['--site', address, '--base', base]);
  server = await serveStatic(siteDir, 0, base);
  origin = new URL(server.url).origin;
  pages = listPages(siteDir).map((path) => `${base}${path.slice(1)}`);
}, 180_000);

afterAll(async () => {
  await server?.close();
  rmSync(inputs, { recursive: true, force: true });
});

describe(`a site built with --site ${address} --base ${base}`, () => {
  it('is served under the base path and nowhere else', async () => {
    expect(server.url).toBe(`${origin}/cdi`);
    expect(pages).toContain(`${base}forces/northshire/2016-cdi/`);
    expect((await fetch(`${origin}/cdi${report}`)).status).toBe(200);
    expect((await fetch(`${origin}${report}`)).status).toBe(404);
  });

  it('links, on every page, only to pages, assets, downloads and #anchors that resolve under the base path', async () => {
    const brokenBecause = linkChecker(serverReader(origin), address);
    const broken: string[] = [];
    for (const page of pages) {
      const response = await fetch(new URL(page, origin));
      expect(response.status, page).toBe(200);
      broken.push(...(await brokenLinks(page, await response.text(), brokenBecause)).map((why) => `${page}: ${why}`));
    }
    expect(broken).toEqual([]);
  });

  it('puts the narrative\'s links under the base path: the glossary term and the correction\'s own link', () => {
    const html = read(`${report}index.html`);
    expect(html).toContain('href="/cdi/glossary/#ddm"');
    expect(html).toContain('href="/cdi/methodology/#comparisons"');
  });

  it('lists every page in the sitemap at the configured address, and each entry resolves', async () => {
    const entries = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    const expected = pages.filter((page) => !page.endsWith('404.html')).map((page) => `${address}${page}`);
    expect(entries.toSorted()).toEqual(expected.toSorted());
    const brokenBecause = linkChecker(serverReader(origin), address);
    const broken = (await Promise.all(entries.map(async (url) => [url, await brokenBecause('/', url)]))).filter(([, why]) => why);
    expect(broken).toEqual([]);
    expect(read('robots.txt')).toContain(`Sitemap: ${address}/cdi/sitemap.xml`);
  });

  it('gives feeds, citations, social cards and downloads the configured address, and every such address resolves', async () => {
    const files = [
      ...['feed.xml', 'corrections.xml', 'data/changes.xml', 'data/figures.csv', 'data/inspections.csv', 'data/figures.json', 'data/datapackage.json'],
      ...['index.html', 'recording-rates.json', 'recording-rates.svg', 'citation.bib', 'citation.ris', 'citation.json'].map((file) => `${report}${file}`),
    ];
    const brokenBecause = linkChecker(serverReader(origin), address);
    for (const file of files) {
      const text = read(file);
      const urls = [...text.matchAll(/https:\/\/reports\.example\.gov\.uk[^\s"'<>,)&}]*/g)].map((m) => m[0].replace(/\.$/, ''));
      expect(urls.length, `${file} names the site`).toBeGreaterThan(0);
      expect(urls.filter((url) => !url.startsWith(`${address}${base}`)), `${file}: addresses outside ${base}`).toEqual([]);
      const broken = (await Promise.all(urls.map(async (url) => [url, await brokenBecause('/', url)]))).filter(([, why]) => why);
      expect(broken, `${file}: addresses that do not resolve`).toEqual([]);
    }
    const { document } = parseHTML(read(`${report}index.html`));
    const meta = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${address}/cdi${report}`);
    expect(meta('og:url')).toBe(`${address}/cdi${report}`);
    expect(meta('og:image')).toBe(`${address}/cdi${report}card.png`);
    expect(meta('citation_abstract_html_url')).toBe(`${address}/cdi${report}`);
    expect(read('feed.xml')).toContain(`<link rel="self" type="application/atom+xml" href="${address}/cdi/feed.xml"/>`);
    expect(read('corrections.xml')).toContain('href=&quot;/cdi/methodology/#comparisons&quot;');
  });

  it('prints the report PDF with its links on the configured address, each of which resolves', async () => {
    const pdf = readFileSync(join(siteDir, `${report}report.pdf`), 'latin1');
    const urls = [...pdf.matchAll(/\/URI \((https:\/\/reports\.example\.gov\.uk[^)]*)\)/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith(`${address}${base}`))).toEqual([]);
    const brokenBecause = linkChecker(serverReader(origin), address);
    const broken = (await Promise.all(urls.map(async (url) => [url, await brokenBecause('/', url)]))).filter(([, why]) => why);
    expect(broken).toEqual([]);
  });

  it('links the change log by the configured address, not by the one a release recorded', () => {
    expect(read('data/releases/1.0.0/figures.csv')).toContain('https://cdi-reports.example.org/forces/northshire/2016-cdi/');
    expect(read('data/changes/index.html')).toContain(`href="/cdi${report}#figure-violence"`);
    expect(read('data/changes.xml')).toContain(`href=&quot;${address}/cdi${report}&quot;`);
  });

  it('never names the default address, except in the files of a release made there', () => {
    const text = listPages(siteDir).map((page) => read(page.endsWith('/') ? `${page}index.html` : page)).join('\n')
      + ['feed.xml', 'corrections.xml', 'data/changes.xml', 'sitemap.xml', 'robots.txt', 'data/figures.csv', 'data/figures.json', 'data/datapackage.json'].map(read).join('\n')
      + ['recording-rates.csv', 'recording-rates.svg', 'citation.bib', 'citation.ris', 'citation.json'].map((file) => read(`${report}${file}`)).join('\n');
    expect(text).not.toContain('cdi-reports.example.org');
  });
});
