import { readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { pageFile } from './pageFile.ts';

const linking = ['a[href]', 'area[href]', 'link[href]', 'img[src]', 'img[srcset]', 'source[src]', 'source[srcset]', 'script[src]', 'iframe[src]', 'use[href]', 'image[href]', 'form[action]'];

/** Every URL a page refers to, with the tag that refers to it. */
export function references(html: string): { tag: string; url: string }[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll(linking.join(','))].flatMap((element) => {
    const tag = element.tagName.toLowerCase();
    return ['href', 'src', 'srcset', 'action']
      .filter((name) => element.hasAttribute(name))
      .flatMap((name) => {
        const value = element.getAttribute(name) ?? '';
        const urls = name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
        return urls.map((url) => ({ tag: `<${tag} ${name}>`, url }));
      });
  });
}

/** The ids (and old-style anchor names) an HTML document defines. */
const idsIn = (html: string): Set<string> =>
  new Set([...parseHTML(html).document.querySelectorAll('[id], a[name]')].map((e) => e.getAttribute('id') ?? e.getAttribute('name') ?? ''));

/** The HTML text of a URL path of the site, '' for a file that is not HTML, or null where nothing is there. */
export type SiteReader = (pathname: string) => Promise<string | null>;

/** Reads a built folder as a static host serves it under `base` ("/" or "/cdi/"): nothing exists outside the base path. */
export function folderReader(siteDir: string, base = '/'): SiteReader {
  return async (pathname) => {
    if (!pathname.startsWith(base)) return null;
    const file = pageFile(siteDir, pathname.slice(base.length - 1));
    // A folder is not a page: a static host answers `/a` with a 404 or a redirect, never with `/a/index.html`.
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return null;
    return file.endsWith('.html') ? readFileSync(file, 'utf8') : '';
  };
}

/** Reads a site from a server (`origin` as http://127.0.0.1:port): what a reader's browser would get. */
export function serverReader(origin: string): SiteReader {
  return async (pathname) => {
    const response = await fetch(new URL(pathname, origin));
    if (response.status !== 200) return null;
    return response.headers.get('content-type')?.startsWith('text/html') ? response.text() : '';
  };
}

/**
 * Checks references to the site's own pages and files: relative and root-relative ones, and absolute ones on
 * `site` (its canonical address, whose URLs are looked up on the site itself). Other addresses are external and
 * not followed. Each target is read once.
 */
export function linkChecker(read: SiteReader, site?: string) {
  const targets = new Map<string, Promise<{ found: string | null; ids: Set<string> | null }>>();
  const target = (pathname: string) => {
    let found = targets.get(pathname);
    if (!found) {
      found = read(pathname).then((text) => ({ found: text, ids: text ? idsIn(text) : null }));
      targets.set(pathname, found);
    }
    return found;
  };
  /** Why `url`, referred to from the page at the URL path `from`, does not resolve; null when it does or is external. */
  return async function brokenBecause(from: string, url: string): Promise<string | null> {
    if (url.trim() === '') return 'empty URL';
    const onSite = site !== undefined && url.startsWith(site);
    if (!onSite && (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//'))) return null;
    const resolved = new URL(onSite ? url.slice(site.length) || '/' : url, `http://site${from}`);
    const { found, ids } = await target(resolved.pathname);
    if (found === null) {
      return (await target(`${resolved.pathname}/`)).found !== null ? `no such file (the page is at ${resolved.pathname}/, with a trailing slash)` : 'no such file';
    }
    const fragment = decodeURIComponent(resolved.hash.slice(1));
    if (fragment === '' || !ids) return null;
    return ids.has(fragment) ? null : `${resolved.pathname} has no element with id="${fragment}"`;
  };
}

/** The references of one page that do not resolve, as `<a href> "url": why`. */
export async function brokenLinks(from: string, html: string, brokenBecause: ReturnType<typeof linkChecker>): Promise<string[]> {
  const broken: string[] = [];
  for (const { tag, url } of references(html)) {
    const why = await brokenBecause(from, url);
    if (why) broken.push(`${tag} "${url}": ${why}`);
  }
  return broken;
}
