import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { indexSearch, languagesInOrder } from './indexSearch.ts';

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

it('lists the languages of the entry file in order, whatever order pagefind wrote them in, and keeps the rest as written', () => {
  const written = '{"version":"1.5.2","languages":{"en-gb":{"hash":"en-gb_c9","wasm":"en-gb","page_count":184},"cy":{"hash":"cy_8f","wasm":null,"page_count":17}},"include_characters":["_","‿"]}';
  const sorted = '{"version":"1.5.2","languages":{"cy":{"hash":"cy_8f","wasm":null,"page_count":17},"en-gb":{"hash":"en-gb_c9","wasm":"en-gb","page_count":184}},"include_characters":["_","‿"]}';
  expect(languagesInOrder(written)).toBe(sorted);
  expect(languagesInOrder(sorted)).toBe(sorted);
});

it('writes the entry file of a site in English and Welsh with its languages in order', async () => {
  const bilingual = mkdtempSync(join(tmpdir(), 'cdi-search-'));
  try {
    const html = (lang: string, text: string) => `<!doctype html><html lang="${lang}"><head><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1><p>${text} ${process.pid} ${Date.now()}</p></main></body></html>`;
    mkdirSync(join(bilingual, 'cy'));
    writeFileSync(join(bilingual, 'index.html'), html('en-GB', 'Recording rates'));
    writeFileSync(join(bilingual, 'cy', 'index.html'), html('cy', 'Cyfraddau cofnodi'));
    await indexSearch(bilingual);
    const entry = JSON.parse(readFileSync(join(bilingual, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['cy', 'en-gb']);
  } finally {
    rmSync(bilingual, { recursive: true, force: true });
  }
}, 60_000);
