import { readFileSync, readdirSync, rmSync } from 'node:fs';
import Papa from 'papaparse';
import { startsLikeFormula } from '../../src/engine/load/startsLikeFormula.ts';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/serve.ts';
import { buildSiteOrThrow } from '../e2e/support/buildSite.ts';
import { launchBrowser } from '../../scripts/launchBrowser.ts';
import { listPages } from '../e2e/support/listPages.ts';
import { projectRoot } from '../e2e/support/projectRoot.ts';
import { watchPage } from '../e2e/support/watchPage.ts';
import { formulaPayloads, xssPayloads } from './xssPayloads.ts';

const outDir = '.build/test-xss';
// Built at collection time, so that the tests below can be one per page of what was built.
buildSiteOrThrow(outDir, `${projectRoot}/tests/gates/fixtures/xss`);
const pages = listPages(`${projectRoot}/${outDir}`);

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  server = await serveStatic(`${projectRoot}/${outDir}`);
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(`${projectRoot}/${outDir}`, { recursive: true, force: true });
});

it('the fixture builds into a home page and its report pages', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/forces/northshire/2016-cdi/');
});

// A few pages at a time: the browser uses the second core while the test process waits.
describe.concurrent.each(pages)('%s, built from inputs full of script', (path) => {
  it('runs none of it: no window.__pwned, no dialog, no event-handler attribute, javascript: link or script that carries it', async () => {
    const page = await context.newPage();
    try {
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      const problems = watchPage(page);
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      const injected = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((element) => {
          const found: string[] = [];
          for (const attribute of element.attributes) {
            if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}="${attribute.value}"`);
            // The search UI's own form has action="javascript:void(0);": only a javascript: URL carrying the payload counts.
            if (/^\s*javascript:/i.test(attribute.value) && attribute.value.includes('__pwned')) found.push(`${element.tagName} ${attribute.name}="${attribute.value}"`);
          }
          if (element.tagName === 'SCRIPT' && element.textContent?.includes('__pwned')) found.push(`SCRIPT ${element.textContent}`);
          return found;
        }),
      );
      expect(injected, 'elements the payloads turned into markup').toEqual([]);
      expect(problems, 'console errors (a CSP violation is one) and failed requests').toEqual([]);
    } finally {
      await page.close();
    }
  });
});

it('shows every payload as text on the report page', async () => {
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}/forces/northshire/2016-cdi/`, { waitUntil: 'load' });
    const text = await page.locator('body').innerText();
    expect(xssPayloads.filter((payload) => !text.includes(payload))).toEqual([]);
  } finally {
    await page.close();
  }
});

describe('every CSV the build wrote from inputs that hold spreadsheet formulas', () => {
  const site = `${projectRoot}/${outDir}`;
  const csvFiles = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.csv'));
  const cells = (file: string) => Papa.parse<string[]>(readFileSync(`${site}/${file}`, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.flat();

  it.each(csvFiles)('%s has no cell that a spreadsheet would run as a formula', (file) => {
    expect(cells(file).filter(startsLikeFormula)).toEqual([]);
  });

  it.each(['data/inspections.csv', 'data/figures.csv', 'data/input/inspections.csv', 'forces/northshire/rate-over-time.csv'])(
    '%s reads each formula back as its text behind a \'',
    (file) => {
      const read = cells(file);
      const expected = file.includes('figures') || file.includes('rate-over-time') ? formulaPayloads.slice(0, 1) : formulaPayloads;
      expect(expected.filter((payload) => !read.includes(`'${payload}`))).toEqual([]);
    },
  );
});
