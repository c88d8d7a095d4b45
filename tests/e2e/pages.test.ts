import { readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/launchBrowser.ts';
import { axeSource } from './support/axeSource.ts';
import { inPool } from './support/inPool.ts';
import { isReportPage } from './support/isReportPage.ts';
import { listPages } from './support/listPages.ts';
import { measureCharts, type Measured } from './support/measureCharts.ts';
import { pageFile } from './support/pageFile.ts';
import { requestsSettled, watchPage } from './support/watchPage.ts';
import { widestElements } from './support/widestElements.ts';
import { withTab } from './support/withTab.ts';

/*
 * Every page of the built site in a real browser, each loaded once: the checks of every page (axe-core, a clean load
 * under the CSP, no sideways scrolling on a narrow screen) and the chart-text checks of the pages that draw charts
 * run on that one load, the page resized from 1280 px down to 320 px, rather than each loading every page again.
 */

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const pages = listPages(siteDir);
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Every page that draws charts: the report pages, the force pages, the overview and the home page. */
// The Welsh report pages and home page too (/cy/forces/<force>/<slug>/, /cy/): their charts' labels are Welsh, of other lengths.
const chartPages = pages.filter(
  (path) => isReportPage(path) || /^\/cy\/forces\/[^/]+\/[^/]+\/$/.test(path) || /^\/forces\/[^/]+\/$/.test(path) || path === '/overview/' || path === '/' || path === '/cy/',
);
/** The widths the charts are measured at, widest first: each page is loaded at the first and resized to the others. */
const widths = [1280, 768, 375, 320];
/** The narrow screens no page may scroll sideways on. */
const narrow = [375, 320];
/** Pages loaded at once: the browser uses the second core while the test process waits. */
const pagesAtOnce = 4;

/** What one load of a page found. */
interface Visit {
  status: number | undefined;
  csp: string | null;
  /** axe-core's violations at 1280 px, one line per element. */
  violations: string[];
  /** Console errors, uncaught exceptions, failed requests and requests to another origin, over the whole visit. */
  problems: string[];
  /** Each narrow width at which the page is wider than the screen, and what sticks out. */
  overflow: string[];
  /** What the charts measure at each width, for a page that draws charts. */
  charts: Map<number, Measured>;
}

let browser: Browser;
let context: BrowserContext;
let visits: Map<string, Promise<Visit>>;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: widths[0]!, height: 900 } });
  // axe-core as an init script, parsed as each page starts: several times faster than AxeBuilder injecting it.
  await context.addInitScript({ content: axeSource });
  visits = inPool(pages, pagesAtOnce, visit);
});
afterAll(async () => {
  await browser?.close();
});

/** Loads the page in a tab of its own or one a finished visit left, checks it, and resizes it through every width. */
function visit(path: string): Promise<Visit> {
  return withTab(context, async (page) => {
    await page.setViewportSize({ width: widths[0]!, height: 900 });
    const problems = watchPage(page);
    const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
    // Read from the loaded DOM at once: a locator's wait could time out on a busy machine and read as "no tag".
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? null);
    // Only the violations are read: axe-core still runs every rule on every element, but keeps one node of each
    // pass, so that it spends no time describing the elements that pass.
    const found = await page.evaluate(
      async (values) => (await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] })).violations,
      tags,
    );
    const violations = found.flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    at ${node.target.join(' ')}\n    ${node.failureSummary?.replaceAll('\n', '\n    ') ?? ''}\n    ${node.html.slice(0, 200)}`,
      ),
    );
    const overflow: string[] = [];
    const charts = new Map<number, Measured>();
    for (const width of widths) {
      if (width !== widths[0]) await page.setViewportSize({ width, height: 900 });
      if (chartPages.includes(path)) charts.set(width, await measureCharts(page));
      if (narrow.includes(width)) {
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) overflow.push(`${width} px wide: the page is ${scrollWidth} px wide (${await widestElements(page, width)})`);
      }
    }
    // Every request finished before the tab moves on (the icon is asked for after the load event), so that none is
    // cut short by the next visit; `problems` stays live until withTab has taken the tab off the page: what it logs
    // as it unloads counts too.
    await requestsSettled(page, problems);
    return { status: response?.status(), csp, violations, problems, overflow, charts };
  });
}

it('watchPage() reports a request to another origin, such as a tracking pixel', async () => {
  const page = await context.newPage();
  try {
    const problems = watchPage(page);
    // A page of the site's origin with no CSP, whose image is on another origin.
    await page.route(`${siteUrl}/probe/`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>probe</title><img alt="" src="https://tracker.example/pixel.gif">' }));
    await page.route('https://tracker.example/**', (route) => route.fulfill({ status: 204 }));
    await page.goto(`${siteUrl}/probe/`, { waitUntil: 'load' });
    expect(problems).toEqual(['request to another origin: https://tracker.example/pixel.gif']);
  } finally {
    await page.close();
  }
});

it('the built site has a home page and report pages', () => {
  expect(pages).toContain('/');
  expect(pages.filter((path) => /^\/forces\/[^/]+\/[^/]+\/$/.test(path)).length).toBeGreaterThan(0);
});

it('there are pages to check', () => {
  expect(pages.length).toBeGreaterThan(0);
});

it('every page declares the site icon, so that no browser asks for a /favicon.ico the site does not have', () => {
  const without = pages.filter((path) => !/<link rel="icon" href="[^"]+"/.test(readFileSync(pageFile(siteDir, path), 'utf8')));
  expect(without).toEqual([]);
});

describe.each(pages)('%s', (path) => {
  it(`has no axe-core violation of ${tags.join(', ')}`, async () => {
    const { violations } = await visits.get(path)!;
    expect(violations, `axe violations on ${path}:\n${violations.join('\n')}`).toEqual([]);
  });

  it('loads with no console error, uncaught exception, failed request or request to another origin, under a script-src CSP, and never scrolls sideways at 375 or 320 px', async () => {
    const { status, csp, problems, overflow } = await visits.get(path)!;
    expect(status, `HTTP status of ${path}`).toBe(200);
    expect(csp, `${path} has a Content-Security-Policy meta tag`).not.toBeNull();
    expect(csp ?? '', `${path}: CSP limits scripts to the site's own`).toMatch(/script-src 'self'(?:;|\s|$)/);
    expect(problems, `${path} loaded cleanly`).toEqual([]);
    expect(overflow, `${path} fits a narrow screen`).toEqual([]);
  });
});

it('finds the pages that draw charts', () => {
  expect(chartPages).toContain('/overview/');
  expect(chartPages.filter(isReportPage).length).toBeGreaterThan(0);
});

describe('chart text, as a reader sees it', () => {
  it.each([320, 375, 768, 1280])('at %i px: shows one drawing per chart as wide as its column, its text 12 to 16 px and inside the chart, no two texts overlapping, no text over an interval', async (width) => {
    const problems: string[] = [];
    let charts = 0;
    let texts = 0;
    for (const path of chartPages) {
      const measured = (await visits.get(path)!).charts.get(width)!;
      charts += measured.charts;
      texts += measured.texts;
      problems.push(...measured.problems.map((problem) => `${path} ${problem}`));
    }
    expect(problems, `${width} px`).toEqual([]);
    // Not every page has charts (a report with no figures, a force page before any chart), but most report pages do.
    expect(charts, `charts measured at ${width} px`).toBeGreaterThan(chartPages.filter(isReportPage).length);
    expect(texts, `chart texts measured at ${width} px`).toBeGreaterThan(charts * 3);
  });
});
