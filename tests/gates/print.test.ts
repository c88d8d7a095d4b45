import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, inject, it } from 'vitest';
import { printPdfs } from '../../scripts/printPdfs.ts';
import { messages } from '../../src/i18n/index.ts';

const siteDir = inject('siteDir');

// The page margins scripts/printPdfs.ts prints with; the page number sits in the bottom one.
const mm = 72 / 25.4;
const margin = { top: 15 * mm, bottom: 18 * mm };

interface PrintedPage {
  /** The page's text with all white space removed: the PDF breaks a long address over lines. */
  text: string;
  /** How far down the printable area the lowest line of text reaches: 0 empty, 1 full. */
  fullness: number;
}

async function readPdf(file: string): Promise<PrintedPage[]> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const pages: PrintedPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, bottom = 0, , top = 0] = page.view;
    const height = top - bottom;
    const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item] : []));
    // Text below the bottom margin is the footer's page number, not content.
    const content = items.filter((item) => item.transform[5] > margin.bottom);
    const lowest = Math.min(...content.map((item) => item.transform[5]));
    pages.push({
      text: items.map((item) => item.str).join('').replace(/\s+/g, ''),
      fullness: content.length === 0 ? 0 : (height - margin.top - lowest) / (height - margin.top - margin.bottom),
    });
  }
  return pages;
}

/** A phrase of the catalogue as the PDF's text holds it: without white space (and without a label's colon). */
const squeezed = (text: string) => text.replace(/\s+/g, '').replace(/:$/, '');

// The Met report is the long one, with every kind of section and chart; Durham 2017 a short one; the Welsh edition
// of Dyfed-Powys's 2021 PEEL report is printed in Welsh, with its Welsh narrative.
describe.each([
  ['/forces/metropolitan/2018-cdi/', 'en'],
  ['/forces/durham/2017-cdi/', 'en'],
  ['/cy/forces/dyfed-powys/2021-peel/', 'cy'],
] as const)('the printed report %s', (url, lang) => {
  const t = messages(lang);
  const file = join(siteDir, url, 'report.pdf');
  const page = parseHTML(readFileSync(join(siteDir, url, 'index.html'), 'utf8')).document;
  const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  const source = page.querySelector('#source a')?.getAttribute('href') ?? '';

  it('was printed by the build', () => {
    expect(existsSync(file), `${file}: the build prints PDFs when it has a browser`).toBe(true);
  });

  it('prints the address of a link that leaves the report, once, and of none within the page', async () => {
    const text = (await readPdf(file)).map((p) => p.text).join('');
    expect(canonical).toMatch(/^https?:\/\//);
    expect(source).toMatch(/^https?:\/\//);
    expect(text).toContain(`(${source})`);
    const inPage = [...text.matchAll(new RegExp(`\\(${canonical.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}#[^)]*\\)`, 'g'))].map((m) => m[0]);
    expect(inPage, 'addresses of same-page anchors printed in the PDF').toEqual([]);
    const twice = [...text.matchAll(/(https?:\/\/[^()]+?)\(\1\)/g)].map((m) => m[0]);
    expect(twice, 'links whose text is their address, printed with it again').toEqual([]);
  });

  it('prints no interactive control: no embed code, citation toggle, download or PDF link', async () => {
    const text = (await readPdf(file)).map((p) => p.text).join('');
    for (const control of ['Embedthischart', t.cite.figure, t.cite.chart, t.chart.download, t.report.pdf]) expect(text).not.toContain(squeezed(control));
    expect(text).toContain(squeezed(t.report.fullReport));
  });

  it('starts the key figures on the first page, under the grades, rather than on a page of their own', async () => {
    const [first] = await readPdf(file);
    expect(first?.text).toContain(squeezed(t.report.overallGrade));
    expect(first?.text).toContain(squeezed(t.report.keyFigures));
  });

  it('numbers its pages in the page’s language', async () => {
    const pages = await readPdf(file);
    pages.forEach((p, i) => expect(p.text, `page ${i + 1}`).toContain(squeezed(t.report.pdfFooter({ page: String(i + 1), total: String(pages.length) }))));
  });

  it('leaves no page but the last less than a third full', async () => {
    const pages = await readPdf(file);
    expect(pages.length).toBeGreaterThan(1);
    const sparse = pages.slice(0, -1).flatMap((p, i) => (p.fullness < 1 / 3 ? [`page ${i + 1} of ${pages.length}: ${Math.round(p.fullness * 100)}% full`] : []));
    expect(sparse).toEqual([]);
  });
});

// tests/authoring/pdf.test.ts prints an English report twice; a Welsh one (its footer from the Welsh catalogue) is
// printed again here, bypassing the PDF cache, into a copy of the shared build.
it('prints a Welsh report to the same bytes again, not from the cache', async () => {
  const url = '/cy/forces/dyfed-powys/2021-peel/';
  const copy = mkdtempSync(join(tmpdir(), 'cdi-print-'));
  try {
    cpSync(siteDir, copy, { recursive: true });
    expect(await printPdfs(copy, [url], { reprint: true })).toBe(1);
    expect(readFileSync(join(copy, url, 'report.pdf')).equals(readFileSync(join(siteDir, url, 'report.pdf')))).toBe(true);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
