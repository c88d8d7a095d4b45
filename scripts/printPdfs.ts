import { launchBrowser } from './launchBrowser.ts';
import { serveStatic } from './serve.ts';
import { normalisePdf } from './normalisePdf.ts';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Prints report pages of a built site folder to report.pdf beside each index.html, through chromium, from a
 * static server on 127.0.0.1 so that the page loads its styles and images as a reader's browser does.
 * Links are pointed at the canonical site first, so that a PDF's links work wherever it is read. `urls` are site
 * paths; the folder is served under the `base` path it was built with.
 */
export async function printPdfs(dir: string, urls: readonly string[], base = '/'): Promise<void> {
  const server = await serveStatic(dir, 0, base);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    for (const url of urls) {
      await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
      const published = await page.evaluate(() => {
        const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
        for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) a.href = new URL(a.getAttribute('href') ?? '', canonical).href;
        return document.querySelector<HTMLMetaElement>('meta[name="citation_publication_date"]')?.content ?? null;
      });
      await page.evaluate(() => document.fonts.ready);
      const file = `${dir}${url}report.pdf`;
      await page.pdf({
        path: file,
        format: 'A4',
        printBackground: true,
        margin: { top: '15mm', bottom: '18mm', left: '15mm', right: '15mm' },
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: '<div style="font-size:9px;width:100%;text-align:center;color:#000">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
        tagged: true,
        outline: true,
      });
      writeFileSync(file, normalisePdf(readFileSync(file), published));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
