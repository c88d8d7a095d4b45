import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/launchBrowser.ts';
import { listPages } from './support/listPages.ts';
import { watchPage } from './support/watchPage.ts';

const siteUrl = inject('siteUrl');
const pages = listPages(inject('siteDir'));

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

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

// A few pages at a time: the browser uses the second core while the test process waits.
describe.concurrent.each(pages)('%s', (path) => {
  it('loads with no console error, uncaught exception, failed request or request to another origin, under a script-src CSP, and never scrolls sideways at 375 or 320 px', async () => {
    const page = await context.newPage();
    try {
      const problems = watchPage(page);
      const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
      expect(response?.status(), `HTTP status of ${path}`).toBe(200);

      // Read from the loaded DOM at once: a locator's wait could time out on a busy machine and read as "no tag".
      const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? null);
      expect(csp, `${path} has a Content-Security-Policy meta tag`).not.toBeNull();
      expect(csp ?? '', `${path}: CSP limits scripts to the site's own`).toMatch(/script-src 'self'(?:;|\s|$)/);

      const overflow: string[] = [];
      for (const width of [375, 320]) {
        await page.setViewportSize({ width, height: 800 });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) overflow.push(`${width} px wide: the page is ${scrollWidth} px wide (${await widestElements(page, width)})`);
      }
      expect(problems, `${path} loaded cleanly`).toEqual([]);
      expect(overflow, `${path} fits a narrow screen`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

/** Names the elements that stick out past the viewport, so that a failure says where to look. */
function widestElements(page: import('playwright-core').Page, width: number): Promise<string> {
  return page.evaluate((limit) => {
    const culprits: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const right = element.getBoundingClientRect().right;
      if (right > limit + 0.5 && !(element.parentElement && element.parentElement.getBoundingClientRect().right > limit + 0.5)) {
        const id = element.id ? `#${element.id}` : '';
        const cls = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
        culprits.push(`${element.tagName.toLowerCase()}${id}${cls} ends at ${Math.round(right)} px`);
      }
    }
    return culprits.slice(0, 5).join('; ') || 'no single element found';
  }, width);
}
