import { randomUUID } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPdfs } from '../../scripts/printPdfs.ts';
import { buildSite } from '../e2e/support/buildSite.ts';
import { projectRoot, runScript } from './cli.ts';

// The minimal fixture, built afresh with its PDFs into a folder of its own: the test is about printing.
const outDir = '.build/test-authoring-pdf';
const site = join(projectRoot, outDir);
const report = 'northshire/2016-cdi';
const pdf = join(site, 'forces', report, 'report.pdf');

beforeAll(() => {
  rmSync(site, { recursive: true, force: true });
  const built = buildSite(outDir, join(projectRoot, 'tests/fixtures/valid/minimal'));
  expect(built.stderr).not.toMatch(/: error:/);
  expect(built.status).toBe(0);
  rmSync(pdf);
}, 180_000);
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('npm run pdf', () => {
  it('prints a report to report.pdf in its folder, with the report’s text and page numbers', async () => {
    const result = runScript('pdf.ts', ['--dir', site, '--only', report]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const { text: raw } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(pdf))), { mergePages: true });
    const text = raw.replace(/\s+/g, ' ');
    expect(text).toContain('Northshire Constabulary');
    expect(text).toContain('Crime data integrity inspection 2016');
    expect(text).toContain('88.0%');
    expect(text).toMatch(/Page 1 of \d+/);
  }, 60_000);

  it('prints the same bytes every time, which the build’s PDF cache and the determinism gate rely on', () => {
    const first = readFileSync(pdf);
    const again = runScript('pdf.ts', ['--dir', site, '--only', report]);
    expect(again.status).toBe(0);
    expect(readFileSync(pdf).equals(first)).toBe(true);
  }, 60_000);

  it('keeps the page’s links, pointed at the canonical site rather than the local server that printed it', () => {
    const raw = readFileSync(pdf, 'latin1');
    expect(raw).toContain(`/URI (https://cdi-reports.example.org/forces/${report}/#question-1)`);
    expect(raw).not.toContain('127.0.0.1');
  });

  it('refuses a report the site does not have', () => {
    const result = runScript('pdf.ts', ['--dir', site, '--only', 'nowhere/2018-cdi']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no report page nowhere/2018-cdi');
  });

  it('reprints only a page that changed: an unchanged page’s PDF comes from the cache, byte for byte', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'cdi-pdf-cache-'));
    try {
      cpSync(site, copy, { recursive: true });
      const url = `/forces/${report}/`;
      const printed = readFileSync(join(copy, url, 'report.pdf'));
      rmSync(join(copy, url, 'report.pdf'));
      expect(await printPdfs(copy, [url])).toBe(0);
      expect(readFileSync(join(copy, url, 'report.pdf')).equals(printed)).toBe(true);
      // A change no earlier run has printed: the PDF cache outlives test runs, and must not answer for this page.
      appendFileSync(join(copy, url, 'index.html'), `<!-- changed ${randomUUID()} -->`);
      expect(await printPdfs(copy, [url])).toBe(1);
      expect(await printPdfs(copy, [url])).toBe(0);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);
});
