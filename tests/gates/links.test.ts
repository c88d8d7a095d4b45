import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../e2e/support/listPages.ts';
import { pageFile } from '../e2e/support/pageFile.ts';

const siteDir = inject('siteDir');
const pages = listPages(siteDir);

const linking = ['a[href]', 'area[href]', 'link[href]', 'img[src]', 'img[srcset]', 'source[src]', 'source[srcset]', 'script[src]', 'iframe[src]', 'use[href]', 'image[href]', 'form[action]'];

/** Every URL a page refers to, with the tag that refers to it. */
function references(html: string): { tag: string; url: string }[] {
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

const ids = new Map<string, Set<string>>();
/** The ids (and old-style anchor names) a built HTML file defines. */
function idsOf(file: string): Set<string> {
  let found = ids.get(file);
  if (!found) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    found = new Set([...document.querySelectorAll('[id], a[name]')].map((e) => e.getAttribute('id') ?? e.getAttribute('name') ?? ''));
    ids.set(file, found);
  }
  return found;
}

/** Why an internal reference does not resolve in the built folder, or null when it does (or is external). */
function brokenBecause(from: string, url: string): string | null {
  if (url.trim() === '') return 'empty URL';
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const target = new URL(url, `http://site${from}`);
  const file = pageFile(siteDir, target.pathname);
  if (!existsSync(file)) {
    return existsSync(pageFile(siteDir, `${target.pathname}/`)) ? `no such file (the page is at ${target.pathname}/, with a trailing slash)` : 'no such file';
  }
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment === '' || !file.endsWith('.html')) return null;
  return idsOf(file).has(fragment) ? null : `${target.pathname} has no element with id="${fragment}"`;
}

it('the site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(0);
});

describe.each(pages)('%s', (path) => {
  it('links only to pages, assets and #anchors that exist in the build', () => {
    const broken = references(readFileSync(pageFile(siteDir, path), 'utf8')).flatMap(({ tag, url }) => {
      const why = brokenBecause(path, url);
      return why ? [`${tag} "${url}": ${why}`] : [];
    });
    expect(broken, `broken internal links on ${path}`).toEqual([]);
  });
});
