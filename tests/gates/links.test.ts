import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { brokenLinks, folderReader, linkChecker } from '../e2e/support/linkCheck.ts';
import { listPages } from '../e2e/support/listPages.ts';
import { pageFile } from '../e2e/support/pageFile.ts';

const siteDir = inject('siteDir');
const pages = listPages(siteDir);
const brokenBecause = linkChecker(folderReader(siteDir));

it('the site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(0);
});

describe.each(pages)('%s', (path) => {
  it('links only to pages, assets and #anchors that exist in the build', async () => {
    const broken = await brokenLinks(path, readFileSync(pageFile(siteDir, path), 'utf8'), brokenBecause);
    expect(broken, `broken internal links on ${path}`).toEqual([]);
  });
});
