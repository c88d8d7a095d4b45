import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { indexSearch } from './indexSearch.ts';

const site = mkdtempSync(join(tmpdir(), 'cdi-search-'));
const page = (text: string) => `<!doctype html><html lang="en"><head><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1><p>${text} ${process.pid} ${Date.now()}</p></main></body></html>`;
mkdirSync(join(site, 'a'));
writeFileSync(join(site, 'a', 'index.html'), page('Recording rates'));
writeFileSync(join(site, 'index.html'), page('Home'));

afterAll(() => rmSync(site, { recursive: true, force: true }));

it('indexes the pages, reuses the index while no page changes, and indexes again when one does', async () => {
  await indexSearch(site);
  const files = readdirSync(join(site, 'pagefind'), { recursive: true }).sort();
  expect(files).toContain('pagefind.js');
  expect(files.some((file) => String(file).startsWith('fragment/'))).toBe(true);

  // A marker in the cached copy shows whether the next index is copied from the cache or written afresh.
  const cache = join(process.cwd(), '.build/search-cache');
  const entry = readdirSync(cache).find((name) => existsSync(join(cache, name, 'pagefind.js')) && readdirSync(join(cache, name), { recursive: true }).sort().join() === files.join());
  expect(entry).toBeDefined();
  writeFileSync(join(cache, entry ?? '', 'marker'), '');

  rmSync(join(site, 'pagefind'), { recursive: true });
  await indexSearch(site);
  expect(existsSync(join(site, 'pagefind', 'marker'))).toBe(true);

  writeFileSync(join(site, 'a', 'index.html'), page('Recording rates, corrected'));
  rmSync(join(site, 'pagefind'), { recursive: true });
  await indexSearch(site);
  expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
  expect(existsSync(join(site, 'pagefind', 'marker'))).toBe(false);
}, 60_000);
