import type { BrowserContext, Page } from 'playwright-core';

const idle = new WeakMap<BrowserContext, Page[]>();

/**
 * Runs `use` on a tab of `context`: one a finished call left behind where there is one, else a new one, since
 * starting a renderer for every page costs more than loading the page. Afterwards the tab is taken off the page
 * (what it logs while unloading still reaches `use`'s listeners), its listeners removed and its viewport left to the
 * next caller to set; a tab whose call failed is closed rather than reused.
 */
export async function withTab<R>(context: BrowserContext, use: (page: Page) => Promise<R>): Promise<R> {
  const tabs = idle.get(context) ?? [];
  idle.set(context, tabs);
  const page = tabs.pop() ?? (await context.newPage());
  let result: R;
  try {
    result = await use(page);
    await page.goto('about:blank');
  } catch (error) {
    await page.close();
    throw error;
  }
  page.removeAllListeners();
  tabs.push(page);
  return result;
}
