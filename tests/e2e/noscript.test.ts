import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Site } from '../../src/engine/compute/model.ts';
import { reportCharts } from '../../src/render/charts/index.ts';
import { isReportPage } from './support/isReportPage.ts';
import { launchBrowser } from '../../scripts/launchBrowser.ts';
import { listPages } from './support/listPages.ts';
import { withTab } from './support/withTab.ts';

const siteUrl = inject('siteUrl');
const site = JSON.parse(readFileSync(`${inject('modelDir')}/site.json`, 'utf8')) as Site;
const reportPages = listPages(inject('siteDir')).filter(isReportPage);

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

it('every report in the model has a page', () => {
  expect(reportPages).toEqual(site.reports.map((report) => report.url).sort());
});

// A few pages at a time: the browser uses the second core while the test process waits.
describe.concurrent.each(reportPages)('%s with JavaScript disabled', (path) => {
  it('shows its heading, every key figure, its charts as SVG and their tables', async () => {
    const report = site.reports.find((r) => r.url === path);
    expect(report, `a report in the model for ${path}`).toBeDefined();
    if (!report) return;
    await withTab(context, async (page) => {
      await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
      const h1 = (await page.locator('h1').allInnerTexts()).join(' ').trim();
      expect(h1, 'an h1 with text').not.toBe('');
      const text = await page.locator('body').innerText();
      const figureTexts = report.figures.flatMap((f) => [f.rate?.text, f.countText].filter((t): t is string => Boolean(t)));
      const missing = [...new Set(figureTexts)].filter((t) => !text.includes(t));
      expect(missing, 'figure texts from the model that the page does not show').toEqual([]);
      // Every chart the report has data for (a 2014 sample with one figure has none), drawn as SVG with its table.
      const charts = reportCharts(report).length;
      expect(await page.locator('figure.chart svg[role="img"]:visible').count(), 'charts drawn as SVG, one drawing of each shown').toBe(charts);
      expect(await page.locator('figure.chart table').count(), 'tables with the charts\' figures').toBe(charts);
    });
  });
});
