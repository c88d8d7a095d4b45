import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/launchBrowser.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const report = '/forces/metropolitan/2018-cdi/';
const charts = [...readFileSync(`${siteDir}${report}index.html`, 'utf8').matchAll(/<figure class="chart" id="([^"]+)"/g)].map((m) => m[1] ?? '');

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
/** Width and height of a chart's standalone SVG download, from its root element. */
function svgSize(chart: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(readFileSync(`${siteDir}${report}${chart}.svg`, 'utf8'))?.[0] ?? '';
  return { width: Number(/\swidth="(\d+)"/.exec(open)?.[1]), height: Number(/\sheight="(\d+)"/.exec(open)?.[1]) };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('the Met report has charts to draw (the tests below would otherwise pass on nothing)', () => {
  expect(charts.length).toBeGreaterThanOrEqual(5);
});

describe.each(charts)('the PNG of the Met chart %s', (chart) => {
  it('is drawn in the browser on request, at twice the size of its SVG, with something drawn, and downloaded by name', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    try {
      const page = await context.newPage();
      await page.goto(`${siteUrl}${report}`);
      const downloaded = page.waitForEvent('download');
      await page.locator(`figure.chart[id="${chart}"] .downloads a`, { hasText: 'PNG' }).click();
      const download = await downloaded;
      expect(download.suggestedFilename()).toBe(`${chart}.png`);
      const png = readFileSync(await download.path());
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const { width, height } = svgSize(chart);
      expect(width).toBeGreaterThan(0);
      expect(pngSize(png)).toEqual({ width: 2 * width, height: 2 * height });
      // The chart's marks and text, not a blank (white) image: a share of the pixels is dark.
      const dark = await page.locator('#chart-png-preview').evaluate((canvas: HTMLCanvasElement) => {
        const { data } = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height) ?? { data: [] };
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) n++;
        return n / (data.length / 4);
      });
      expect(dark).toBeGreaterThan(0.005);
      await expect(page.getByRole('link', { name: 'Back to the chart in its report' }).getAttribute('href')).resolves.toBe(`${siteUrl}${report}#${chart}`);
    } finally {
      await context.close();
    }
  });
});

describe('the chart PNG page', () => {
  it('uses the fonts of the report page to draw', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${siteUrl}${report}`);
      const reportFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      await page.goto(`${siteUrl}/chart-png/?chart=forces/metropolitan/2018-cdi/${charts[0]}`);
      await page.locator('#chart-png-preview').waitFor();
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toBe(reportFont);
    } finally {
      await page.close();
    }
  });

  it('draws nothing for an address that names no chart of a report, and says why', async () => {
    const page = await browser.newPage();
    try {
      for (const chart of ['https://example.org/x', '../../etc/passwd', 'forces/metropolitan/2018-cdi/nothing-here']) {
        await page.goto(`${siteUrl}/chart-png/?chart=${encodeURIComponent(chart)}`);
        await expect.poll(() => page.locator('#chart-png-status').innerText()).toMatch(/names no chart|no such chart/);
        expect(await page.locator('#chart-png-download').isHidden()).toBe(true);
      }
    } finally {
      await page.close();
    }
  });

  it('is not offered without JavaScript: the report page shows the SVG download and hides the PNG link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${siteUrl}${report}`);
      const downloads = page.locator(`figure.chart[id="${charts[0]}"] .downloads`);
      expect(await downloads.getByRole('link', { name: 'SVG' }).isVisible()).toBe(true);
      expect(await downloads.getByRole('link', { name: 'PNG' }).isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
