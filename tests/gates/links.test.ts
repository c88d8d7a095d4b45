import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../e2e/support/listPages.ts';
import { pageFile } from '../e2e/support/pageFile.ts';
import { projectRoot } from '../e2e/support/projectRoot.ts';

const siteDir = inject('siteDir');
const pages = listPages(siteDir);
// PDFs come from a separate step (`npm run pdf`) after the build; where that step exists, a build without them is complete.
const pdfsComeLater = existsSync(`${projectRoot}/scripts/pdf.ts`);

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

const skippedPdfs: string[] = [];

/** Why an internal reference does not resolve in the built folder, or null when it does (or is external). */
function brokenBecause(from: string, url: string): string | null {
  if (url.trim() === '') return 'empty URL';
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const target = new URL(url, `http://site${from}`);
  const file = pageFile(siteDir, target.pathname);
  if (!existsSync(file)) {
    if (target.pathname.endsWith('.pdf') && pdfsComeLater) {
      skippedPdfs.push(target.pathname);
      return null;
    }
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

it(pdfsComeLater ? 'skips links to PDFs that `npm run pdf` (scripts/pdf.ts) makes after the build' : 'checks links to PDFs like any file (there is no scripts/pdf.ts)', () => {
  if (skippedPdfs.length) console.log(`links to ${new Set(skippedPdfs).size} PDF(s) not in the build were skipped, e.g. ${skippedPdfs[0]}`);
  expect(pdfsComeLater || skippedPdfs.length === 0).toBe(true);
});
