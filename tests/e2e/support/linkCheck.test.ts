import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks, folderReader, linkChecker } from './linkCheck.ts';

const site = mkdtempSync(join(tmpdir(), 'cdi-links-'));
mkdirSync(join(site, 'overview'));
writeFileSync(join(site, 'index.html'), '<h1 id="top">Home</h1>');
writeFileSync(join(site, 'overview/index.html'), '<h2 id="all-forces">All</h2>');
writeFileSync(join(site, 'favicon.svg'), '<svg/>');
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('linkChecker(folderReader(folder, base))', () => {
  it('brokenLinks() names each missing file, folder without its slash and missing #anchor, and skips other sites', async () => {
    const check = linkChecker(folderReader(site));
    const html = '<a href="/overview/#all-forces">ok</a><img src="favicon.svg"><a href="https://x.example/">other site</a><a href="/nope/">a</a><a href="/overview">b</a><a href="#gone">c</a><a href="">d</a>';
    expect(await brokenLinks('/', html, check)).toEqual([
      '<a href> "/nope/": no such file',
      '<a href> "/overview": no such file (the page is at /overview/, with a trailing slash)',
      '<a href> "#gone": / has no element with id="gone"',
      '<a href> "": empty URL',
    ]);
  });

  it('brokenLinks() under a base path finds nothing outside it, and follows the canonical address onto the site', async () => {
    const check = linkChecker(folderReader(site, '/cdi/'), 'https://reports.example.gov.uk');
    const html = '<a href="/cdi/overview/#all-forces">ok</a><a href="https://reports.example.gov.uk/cdi/#top">ok</a><a href="/overview/">out</a><a href="https://reports.example.gov.uk/overview/">out</a>';
    expect(await brokenLinks('/cdi/', html, check)).toEqual(['<a href> "/overview/": no such file', '<a href> "https://reports.example.gov.uk/overview/": no such file']);
  });
});
