import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeSource } from './support/axeSource.ts';
import { launchBrowser } from '../../scripts/launchBrowser.ts';
import { listPages } from './support/listPages.ts';

const siteUrl = inject('siteUrl');
const pages = listPages(inject('siteDir'));
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: axeSource });
});
afterAll(async () => {
  await browser?.close();
});

it('there are pages to check', () => {
  expect(pages.length).toBeGreaterThan(0);
});

// A few pages at a time: the browser uses the second core while the test process waits.
describe.concurrent.each(pages)('%s', (path) => {
  it(`has no axe-core violation of ${tags.join(', ')}`, async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
      const violations = await page.evaluate(
        async (values) => (await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe.run(document, { runOnly: { type: 'tag', values } })).violations,
        tags,
      );
      const report = violations.flatMap((v) =>
        v.nodes.map(
          (node) =>
            `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    at ${node.target.join(' ')}\n    ${node.failureSummary?.replaceAll('\n', '\n    ') ?? ''}\n    ${node.html.slice(0, 200)}`,
        ),
      );
      expect(report, `axe violations on ${path}:\n${report.join('\n')}`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
