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
