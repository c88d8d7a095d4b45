import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as pagefind from 'pagefind';

const cacheDir = `${process.cwd()}/.build/search-cache`;
// pagefind exports only its entry point, lib/index.js; its package.json is one folder up.
const pagefindVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/**
 * Writes the pagefind search index into a built site folder, before it is swapped in, so that the
 * index always matches the pages. Only elements marked data-pagefind-body (the report pages) are indexed.
 *
 * The index depends only on the HTML pages, so recent ones are kept in .build/search-cache under a hash of every
 * page: a rebuild whose pages are unchanged copies it (about 30 s of indexing saved at 4,300 reports); any change
 * to any page indexes the whole site again, as pagefind cannot update an index.
 */
export async function indexSearch(folder: string): Promise<void> {
  const key = htmlHash(folder);
  const cached = `${cacheDir}/${key}`;
  if (existsSync(cached)) {
    cpSync(cached, `${folder}/pagefind`, { recursive: true });
    // Marked as used, so that prune keeps the indexes in use.
    const now = new Date();
    utimesSync(cached, now, now);
    return;
  }
  await writeIndex(folder);
  // Copied under a temporary name and renamed into place whole: builds into different folders may share the cache.
  const partial = `${cached}.${process.pid}.partial`;
  cpSync(`${folder}/pagefind`, partial, { recursive: true });
  try {
    renameSync(partial, cached);
  } catch {
    rmSync(partial, { recursive: true, force: true });
  }
  prune();
}

/** Keeps the few most recent indexes (the site, the tests' sites, a benchmark's), since each is as large as the site's search. */
function prune(keep = 4): void {
  const entries = readdirSync(cacheDir)
    .filter((name) => !name.endsWith('.partial'))
    .map((name) => ({ name, time: statSync(`${cacheDir}/${name}`).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { name } of entries.slice(keep)) rmSync(`${cacheDir}/${name}`, { recursive: true, force: true });
}

async function writeIndex(folder: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: folder });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    // The files are taken from pagefind in memory and written here, the entry file with its languages in order.
    const { files, errors: notWritten } = await index.getFiles();
    if (notWritten.length > 0) throw new Error(`pagefind: ${notWritten.join('; ')}`);
    for (const file of files) {
      const path = `${folder}/pagefind/${file.path}`;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.path === 'pagefind-entry.json' ? languagesInOrder(Buffer.from(file.content).toString('utf8')) : file.content);
    }
  } finally {
    await pagefind.close();
  }
}

/**
 * pagefind lists the site's languages (English and Welsh pages) in its entry file in whatever order its hash map
 * gives, which differs from one run to the next; the search reads them by name, so they are written sorted, and two
 * builds of the same pages give the same bytes.
 */
export function languagesInOrder(entryJson: string): string {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, unknown> };
  if (!entry.languages) return entryJson;
  entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify(entry);
}

/** Every HTML page of the folder, path and bytes, in a fixed order, with the indexer's version. */
function htmlHash(folder: string): string {
  const hash = createHash('sha256').update(`pagefind@${pagefindVersion}\n`);
  const pages = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
  for (const page of pages) hash.update(`${page}\n`).update(readFileSync(`${folder}/${page}`));
  return hash.digest('hex');
}
