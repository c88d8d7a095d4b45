import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/launchBrowser.ts';
import { catalogue } from '../../src/i18n/index.ts';

const siteUrl = inject('siteUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('searching "N100" on /search/ finds the Met 2018 report', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  await page.goto(`${siteUrl}/search/`, { waitUntil: 'load' });
  await expect.poll(() => page.locator('#search-fallback').isHidden()).toBe(true);
  await page.locator('#search input').fill('N100');
  const result = page.locator('#search a[href*="/forces/metropolitan/2018-cdi/"]').first();
  await result.waitFor({ timeout: 10_000 });
  expect(errors).toEqual([]);
  await context.close();
});

it('/search/ without JavaScript says how to find a report', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${siteUrl}/search/`, { waitUntil: 'load' });
  await expect(page.locator('#search-fallback').isVisible()).resolves.toBe(true);
  expect(await page.locator('#search-fallback a[href="/overview/#all-forces"]').count()).toBe(1);
  await context.close();
});

it('searching "GMP" finds Greater Manchester Police’s force page, result titles name the force, and the query stays in the address', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}/search/?q=GMP`, { waitUntil: 'load' });
  const result = page.locator('#search a[href$="/forces/greater-manchester/"]').first();
  await result.waitFor({ timeout: 10_000 });
  expect(await page.inputValue('#search input')).toBe('GMP');
  await page.locator('#search input').fill('N100');
  await page.locator('#search a[href*="/forces/metropolitan/2018-cdi/"]').first().waitFor({ timeout: 10_000 });
  expect(new URL(page.url()).searchParams.get('q')).toBe('N100');
  expect(await page.locator('#search a[href*="/forces/metropolitan/2018-cdi/"]').first().innerText()).toContain('Metropolitan Police Service: ');
  await context.close();
});

it('/cy/search/ searches the Welsh pages, with Welsh interface text: "Heddlu Gwent" finds Welsh pages only', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  const indexes: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/pagefind.') && r.url().endsWith('.pf_meta') && indexes.push(new URL(r.url()).pathname));
  await page.goto(`${siteUrl}/cy/search/`, { waitUntil: 'load' });
  await expect.poll(() => page.locator('#search-fallback').isHidden()).toBe(true);
  expect(await page.locator('#search input').getAttribute('placeholder')).toBe(catalogue.cy.searchPage.ui()!.placeholder);
  await page.locator('#search input').fill('Heddlu Gwent');
  await page.locator('#search a[href="/cy/forces/gwent/"]').first().waitFor({ timeout: 10_000 });
  const links = await page.locator('#search .pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.length).toBeGreaterThan(0);
  expect(links.filter((href) => !href?.startsWith('/cy/'))).toEqual([]);
  // The count of results is pagefind's, in the catalogue's Welsh words.
  const message = await page.locator('#search .pagefind-ui__message').innerText();
  expect(message).toMatch(/^\d+ (o ganlyniadau|canlyniad) ar gyfer Heddlu Gwent$/);
  expect(indexes.length).toBeGreaterThan(0);
  expect(indexes.every((path) => path.startsWith('/pagefind/pagefind.cy_'))).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});
