import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/launchBrowser.ts';

const siteUrl = inject('siteUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const top = (page: import('playwright-core').Page, selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
const bottom = (page: import('playwright-core').Page, selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().bottom);

it('at 1280 × 800 the home page shows the national chart, the map and find your force without scrolling, and is at most about 3,000 px long', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${siteUrl}/`, { waitUntil: 'load' });
  expect(await bottom(page, '#national-series .chart__svg')).toBeLessThanOrEqual(800);
  expect(await top(page, '#force-map .chart__svg')).toBeLessThan(400);
  expect(await bottom(page, '#find-input')).toBeLessThanOrEqual(800);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(3000);
  await context.close();
});

it('at 375 px the national chart, find your force and the whole map (its legend too) are within two screens', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await page.goto(`${siteUrl}/`, { waitUntil: 'load' });
  expect(await bottom(page, '#national-series .chart__svg')).toBeLessThanOrEqual(2 * 812);
  expect(await bottom(page, '#find-input')).toBeLessThanOrEqual(2 * 812);
  expect(await bottom(page, '#force-map .chart__svg')).toBeLessThanOrEqual(2 * 812);
  await context.close();
});

it('find your force: without JavaScript, a list of links to every force; with it, "TVP" leaves Thames Valley alone and Enter opens its page', async () => {
  const off = await browser.newContext({ javaScriptEnabled: false });
  const plain = await off.newPage();
  await plain.goto(`${siteUrl}/`, { waitUntil: 'load' });
  expect(await plain.locator('#force-list a').count()).toBe(43);
  await off.close();

  const on = await browser.newContext();
  const page = await on.newPage();
  await page.goto(`${siteUrl}/`, { waitUntil: 'load' });
  await page.locator('#find-input').fill('TVP');
  await expect.poll(() => page.locator('#force-list li:not([hidden])').allInnerTexts()).toEqual(['Thames Valley']);
  await page.locator('#find-input').press('Enter');
  await page.waitForURL(/\/forces\/thames-valley\/$/);
  await page.goto(`${siteUrl}/`, { waitUntil: 'load' });
  await page.locator('#find-input').fill('the met');
  await expect.poll(() => page.locator('#force-list li:not([hidden])').allInnerTexts()).toEqual(['Metropolitan']);
  await on.close();
});

it('find your force by place: a council, an island, a metropolitan district and a Welsh county each leave their force alone', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}/`, { waitUntil: 'load' });
  for (const [place, force] of [['Luton', 'Bedfordshire'], ['Isle of Wight', 'Hampshire and Isle of Wight'], ['Wirral', 'Merseyside'], ['Gwynedd', 'North Wales'], ['hull', 'Humberside']] as const) {
    await page.locator('#find-input').fill(place);
    await expect.poll(() => page.locator('#force-list li:not([hidden])').allInnerTexts()).toEqual([force]);
  }
  await context.close();
});
