import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/launchBrowser.ts';
import { isReportPage } from './support/isReportPage.ts';
import { listPages } from './support/listPages.ts';

const siteUrl = inject('siteUrl');
/** Every page that draws charts: the report pages, the force pages, the overview and the home page. */
const pages = listPages(inject('siteDir')).filter((path) => isReportPage(path) || /^\/forces\/[^/]+\/$/.test(path) || path === '/overview/' || path === '/');
const widths = [320, 375, 768, 1280];

/** What one page's charts measure at one width, found in the page. */
interface Measured {
  charts: number;
  texts: number;
  problems: string[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('finds the pages that draw charts', () => {
  expect(pages).toContain('/overview/');
  expect(pages.filter(isReportPage).length).toBeGreaterThan(0);
});

// One context per width, each loading every page in turn in one tab; the four widths run at once.
describe.concurrent('chart text, as a reader sees it', () => {
  it.each(widths)('at %i px: shows one drawing per chart as wide as its column, its text 12 to 16 px and inside the chart, no two texts overlapping, no text over an interval', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    let charts = 0;
    let texts = 0;
    try {
      for (const path of pages) {
        await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
        const measured = await measureCharts(page);
        charts += measured.charts;
        texts += measured.texts;
        problems.push(...measured.problems.map((problem) => `${path} ${problem}`));
      }
    } finally {
      await context.close();
    }
    expect(problems, `${width} px`).toEqual([]);
    // Not every page has charts (a report with no figures, a force page before any chart), but most report pages do.
    expect(charts, `charts measured at ${width} px`).toBeGreaterThan(pages.filter(isReportPage).length);
    expect(texts, `chart texts measured at ${width} px`).toBeGreaterThan(charts * 3);
  });
});

/**
 * Measures every chart of the loaded page: the drawings shown (exactly one per chart, as wide as its column), each
 * text's rendered size (computed size times the drawing's scale, its rendered width over its viewBox width), and the
 * boxes of its texts against each other and against the lines of its interval marks (class "interval").
 */
function measureCharts(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const problems: string[] = [];
    let texts = 0;
    // Boxes that share less than this in either direction are taken as touching, not overlapping: rounding, not a clash.
    const tolerance = 0.5;
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance;
    const charts = [...document.querySelectorAll<HTMLElement>('.chart__svg')];
    for (const chart of charts) {
      const name = `#${chart.closest('.chart')?.id ?? '?'}`;
      const shown = [...chart.children].filter((drawing) => drawing.getBoundingClientRect().width > 0);
      if (shown.length !== 1) {
        problems.push(`${name}: ${shown.length} drawings shown`);
        continue;
      }
      const svg = shown[0]!.tagName.toLowerCase() === 'svg' ? (shown[0] as SVGSVGElement) : shown[0]!.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      const column = chart.getBoundingClientRect().width;
      if (Math.abs(box.width - column) > 1) problems.push(`${name}: drawn ${box.width.toFixed(1)} px wide in a column of ${column.toFixed(1)} px`);
      const scale = box.width / svg.viewBox.baseVal.width;
      const labels = [...svg.querySelectorAll('text')]
        .filter((text) => (text.textContent ?? '').trim() !== '')
        .map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect(), size: parseFloat(getComputedStyle(text).fontSize) * scale }));
      texts += labels.length;
      for (const label of labels) {
        if (label.size < 12 - 0.01 || label.size > 16 + 0.01) problems.push(`${name}: "${label.text}" is ${label.size.toFixed(2)} px`);
        // The root svg clips what it draws outside its box.
        if (label.box.left < box.left - 1 || label.box.right > box.right + 1) problems.push(`${name}: "${label.text}" runs past the edge of the chart`);
      }
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) if (overlap(a.box, b.box)) problems.push(`${name}: "${a.text}" overlaps "${b.text}"`);
      }
      // A line's box has no height or no width: widen it by the stroke it is drawn with.
      const intervals = [...svg.querySelectorAll<SVGLineElement>('.interval line')].map((line) => {
        const r = line.getBoundingClientRect();
        const half = (parseFloat(getComputedStyle(line).strokeWidth) * scale) / 2;
        return new DOMRect(r.left - half, r.top - half, r.width + 2 * half, r.height + 2 * half);
      });
      for (const label of labels) {
        if (intervals.some((line) => overlap(label.box, line))) problems.push(`${name}: "${label.text}" is drawn over an interval`);
      }
    }
    return { charts: charts.length, texts, problems };
  });
}
