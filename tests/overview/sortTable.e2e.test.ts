import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Site } from '../../src/engine/compute/model.ts';
import { launchBrowser } from '../../scripts/launchBrowser.ts';
import { latestTexts } from '../../src/render/phrases.ts';

const siteUrl = inject('siteUrl');
const site = JSON.parse(readFileSync(`${inject('modelDir')}/site.json`, 'utf8')) as Site;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Forces without an exact rate sort last either way; where the data gives every force one, none reads as without.
const withoutRate = site.national.forces.filter((f) => !f.rate).length;
const lastIsWithoutRate = async (rates: string[]) => {
  if (withoutRate > 0) expect(rates.at(-1)).toBe(latestTexts.noRate);
  else expect(rates.filter((t) => t.startsWith(latestTexts.noRate))).toEqual([]);
};

it('the overview table sorts by rate with a header button, keeping forces without a rate last, and says so with aria-sort', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}/overview/`, { waitUntil: 'load' });
  const header = page.locator('#all-forces th', { hasText: 'Latest exact recording rate' });
  const rates = async () => (await page.locator('#all-forces tbody tr td:nth-of-type(3)').allInnerTexts()).map((t) => t.trim());

  await header.getByRole('button').click();
  await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
  const ascending = (await rates()).filter((t) => !t.startsWith(latestTexts.noRate)).map((t) => Number.parseFloat(t));
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await lastIsWithoutRate(await rates());

  await header.getByRole('button').click();
  await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
  const descending = (await rates()).filter((t) => !t.startsWith(latestTexts.noRate)).map((t) => Number.parseFloat(t));
  expect(descending).toEqual([...ascending].reverse());
  await lastIsWithoutRate(await rates());
  await context.close();
});

it('the overview table reads fully without JavaScript: every force, no sort buttons', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${siteUrl}/overview/`, { waitUntil: 'load' });
  // The forces of the national overview: the England and Wales aggregate is not a force of the table.
  expect(await page.locator('#all-forces tbody tr').count()).toBe(site.national.forces.length);
  expect(await page.locator('#all-forces th button').count()).toBe(0);
  await context.close();
});
