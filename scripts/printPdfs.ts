import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { chooseBrowser, launchBrowser } from './launchBrowser.ts';
import { locales, messages, type Locale } from '../src/i18n/index.ts';
import { pdfPath } from '../src/routes.ts';
import { normalisePdf } from './normalisePdf.ts';
import { serveStatic } from './serve.ts';

const cacheDir = `${process.cwd()}/.build/pdf-cache`;

/**
 * Prints report pages of a built site folder to report.pdf beside each index.html, through the headless browser,
 * from a static server on 127.0.0.1 so that the page loads its styles as a reader's browser does. Links are
 * pointed at the canonical site first, so that a PDF's links work wherever it is read. `urls` are site paths; the
 * folder is served under the `base` path it was built with.
 *
 * PDFs are kept in .build/pdf-cache by content (see pdfKey), so that a rebuild prints only the reports whose page
 * changed, and starts no browser when none did; `reprint` prints every one again. Returns how many were printed.
 */
export async function printPdfs(dir: string, urls: readonly string[], { reprint = false, base = '/' } = {}): Promise<number> {
  const printer = await printerKey();
  const jobs = urls.map((url) => ({ url, file: `${dir}${pdfPath(url)}`, cached: `${cacheDir}/${pdfKey(dir, url, printer, base)}.pdf` }));
  const missing = reprint ? jobs : jobs.filter((job) => !existsSync(job.cached));
  if (missing.length) await printInto(dir, missing, base);
  for (const job of jobs) copyFileSync(job.cached, job.file);
  return missing.length;
}

async function printInto(dir: string, jobs: { url: string; cached: string }[], base: string): Promise<void> {
  mkdirSync(cacheDir, { recursive: true });
  const server = await serveStatic(dir, 0, base);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const page = await (await browser.newContext()).newPage();
    for (const { url, cached } of jobs) {
      // Written under a temporary name and renamed into place: builds into different folders may share the cache.
      const partial = `${cached}.${process.pid}.partial`;
      writeFileSync(partial, await printPage(page, `${server.url}${url}`));
      renameSync(partial, cached);
    }
  } finally {
    await browser?.close();
    await server.close();
  }
}

async function printPage(page: Page, address: string): Promise<Buffer> {
  await page.goto(address, { waitUntil: 'load' });
  const { published, lang } = await page.evaluate(() => {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      a.href = new URL(href, canonical).href;
      // The print style prints a link's address after it, but not for a link within the page or one that shows its address already.
      if (href.startsWith('#') || a.textContent?.trim() === a.href) a.dataset.noAddress = '';
    }
    return {
      published: document.querySelector<HTMLMetaElement>('meta[name="citation_publication_date"]')?.content ?? null,
      lang: document.documentElement.lang,
    };
  });
  // The footer in the page's language ("en-GB" or "cy").
  const locale = locales.find((code) => lang.split('-')[0] === code) ?? 'en';
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    margin: { top: '15mm', bottom: '18mm', left: '15mm', right: '15mm' },
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footerTemplate(locale),
    tagged: true,
    outline: true,
  });
  return normalisePdf(pdf, published);
}

/** Each printed page's footer, "Page 2 of 7" in the page's language (the catalogue's words); the browser fills in the numbers. */
function footerTemplate(locale: Locale): string {
  const words = messages(locale).report.pdfFooter({ page: '<span class="pageNumber"></span>', total: '<span class="totalPages"></span>' });
  return `<div style="font-size:9px;width:100%;text-align:center;color:#000">${words}</div>`;
}

/**
 * What decides a PDF besides the page: the browser (its path, size and date, which change with its version) and
 * the code that chooses and sets it up (its fonts), prints and normalises, read as text, and the footers' words, so
 * that any change to them prints every report again.
 */
async function printerKey(): Promise<string> {
  const { executablePath, source } = await chooseBrowser();
  const { size, mtimeMs } = statSync(executablePath);
  const code = ['./printPdfs.ts', './normalisePdf.ts', './launchBrowser.ts'].map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'));
  return [source, executablePath, size, mtimeMs, ...code, ...locales.map(footerTemplate)].join('\n');
}

/**
 * A report's PDF key: the printer, the page's HTML and the style sheets it links, which are all that a report page
 * loads to print. `url` is a site path; the page's own links carry the base path, the folder does not.
 */
function pdfKey(dir: string, url: string, printer: string, base: string): string {
  const html = readFileSync(`${dir}${url}index.html`, 'utf8');
  const hash = createHash('sha256').update(printer).update(html);
  for (const [link] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /\shref="([^"]+)"/.exec(link)?.[1];
    if (/\srel="stylesheet"/.test(link) && href) hash.update(readFileSync(`${dir}/${new URL(href, `http://site${base}${url.slice(1)}`).pathname.slice(base.length)}`));
  }
  return hash.digest('hex');
}
