import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, overlayRoot, removeRoot } from '../engine/fixtureRoot.ts';
import { launchBrowser } from '../../scripts/launchBrowser.ts';
import { releaseFiles, snapshotFolder } from '../../src/engine/vocabulary.ts';
import { axeSource } from '../e2e/support/axeSource.ts';
import { buildSiteOrThrow } from '../e2e/support/buildSite.ts';
import { projectRoot } from './cli.ts';

/*
 * The review page of a --drafts build of tests/fixtures/review/since-release (valid/minimal changed since its release
 * 1.0.0; its README says how). A published build has no review page: tests/newsroom/releases.test.ts checks that on
 * its own build.
 */
const outDir = '.build/test-review-drafts';
const root = overlayRoot(join(fixtures, 'review', 'since-release'));
const built = (path: string): string => readFileSync(join(projectRoot, outDir, path), 'utf8');
const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
let page: Document;

beforeAll(() => {
  buildSiteOrThrow(outDir, root, ['--no-pdf', '--drafts']);
  page = parseHTML(built('review/index.html')).document as unknown as Document;
}, 180_000);
afterAll(() => removeRoot(root));

const section = (heading: string) => [...page.querySelectorAll('main section')].find((s) => text(s.querySelector('h2')).startsWith(heading));
const rows = (table: Element | null | undefined) => [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((cell) => text(cell)));

describe('the review page of a --drafts build', () => {
  it('is there, with a heading per report that changed, a link to its page, and the draft marked in words', () => {
    expect(text(page.querySelector('h1'))).toBe('Changes since release 1.0.0');
    expect([...page.querySelectorAll('main h2')].map(text)).toEqual([
      'Northshire Constabulary: Crime data integrity inspection 2016',
      'Westvale Police: Crime data integrity inspection 2015',
      'Westvale Police: Crime data integrity inspection 2017 Draft',
      'Unchanged (1)',
    ]);
    expect(section('Northshire Constabulary')?.querySelector('h2 a')?.getAttribute('href')).toBe('/forces/northshire/2016-cdi/');
    expect(text(section('Westvale Police: Crime data integrity inspection 2017'))).toContain('New: not in release 1.0.0. It has 1 figure and a narrative of 3 sentences');
    expect(text(section('Westvale Police: Crime data integrity inspection 2015'))).toContain('Removed: release 1.0.0 had it, with 1 figure and no narrative; this build does not.');
    expect(existsSync(join(projectRoot, outDir, 'forces/westvale/2017-cdi/index.html'))).toBe(true);
  });

  it('tables each changed figure and sentence with a caption, the old and new text marked with del and ins and named in words', () => {
    const [figures, sentences] = [...(section('Northshire Constabulary')?.querySelectorAll('table') ?? [])];
    expect(text(figures?.querySelector('caption'))).toBe('Figures changed since release 1.0.0');
    expect(rows(figures)).toEqual([
      ['All crime', 'Changed', 'rate_pct', 'removed: 87', 'added: 88'],
      ['Officer and staff survey respondents', 'Added', 'numerator', 'none', 'added: 1035'],
      ['Sexual offences (including rape)', 'Removed', 'numerator', 'removed: 200', 'none'],
      ['Sexual offences (including rape)', 'Removed', 'denominator', 'removed: 250', 'none'],
      ['Sexual offences (including rape)', 'Removed', 'rate_pct', 'removed: 80', 'none'],
      ['Sexual offences (including rape)', 'Removed', 'rate_status', 'removed: computed from counts', 'none'],
    ]);
    expect(text(sentences?.querySelector('caption'))).toBe('Sentences changed since release 1.0.0, as written (placeholders not filled in)');
    expect(rows(sentences)).toEqual([
      ['Headline', 'Figure changed', 'Northshire Constabulary recorded {{overall.rate}} of the crimes reported to it, and fails to record {{overall.over}} crimes a year.', 'Same words; a figure it names has changed: All crime.'],
      ['Question 1', 'Added', 'none', 'added: It recorded {{rape.of}} reports of rape correctly, and {{domestic-abuse.count}} of {{domestic-abuse.denominator}} domestic abuse crimes.'],
      ['Question 2', 'Figure changed', 'Inspectors surveyed staff, and {{survey-respondents.count}} people replied.', 'Same words; a figure it names has changed: Officer and staff survey respondents.'],
      ['Question 3', 'Changed', 'Leaders are committed to recording.', 'Leaders are committed to added: accurate recording.'],
      ['Conclusion', 'Removed', 'removed: Staff are well trained.', 'none'],
    ]);
    expect(text(sentences?.querySelector('ins'))).toBe('added: It recorded {{rape.of}} reports of rape correctly, and {{domestic-abuse.count}} of {{domestic-abuse.denominator}} domestic abuse crimes.');
    expect([...(sentences?.querySelectorAll('del') ?? [])].map(text)).toEqual(['removed: Staff are well trained.']);
  });

  it('gives a draft report\'s page (draft: true) the draft banner in words, first in its main content; a published report\'s page has none', () => {
    const banner = (path: string) => [...parseHTML(built(path)).document.querySelectorAll('.draft-banner')] as unknown as Element[];
    const [draft, ...more] = banner('forces/westvale/2017-cdi/index.html');
    expect(more).toEqual([]);
    expect(draft?.getAttribute('role')).toBe('note');
    expect(text(draft)).toBe('Draft. This report is not published: a build leaves it out until the draft: true line is taken out of its narrative (or the site is built with --drafts).');
    // The first thing in the page's main content, before the report's heading, so that a reader meets it first.
    expect(draft?.parentElement?.tagName.toLowerCase()).toBe('main');
    expect(draft?.parentElement?.firstElementChild).toBe(draft);
    expect(banner('forces/northshire/2016-cdi/index.html')).toEqual([]);
  });

  it('is kept out of the sitemap and the search, asks not to be indexed, needs no script, and is linked from the navigation', () => {
    expect(built('sitemap.xml')).not.toContain('/review/');
    expect(built('sitemap.xml')).toContain('/forces/northshire/2016-cdi/');
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelectorAll('script')).toHaveLength(0);
    const nav = parseHTML(built('forces/northshire/2016-cdi/index.html')).document.querySelector('nav[aria-label="Site"]');
    expect([...(nav?.querySelectorAll('a') ?? [])].find((a) => text(a) === 'Review changes')?.getAttribute('href')).toBe('/review/');
  });

  it('has no axe-core violation of WCAG 2.2 AA', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript({ content: axeSource });
      // The built folder served as the site: each address is its file (a folder's index.html).
      await context.route('http://review.test/**', (route) => {
        const path = new URL(route.request().url()).pathname;
        const file = join(projectRoot, outDir, path.endsWith('/') ? `${path}index.html` : path);
        return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
      });
      const tab = await context.newPage();
      await tab.goto('http://review.test/review/', { waitUntil: 'load' });
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
      const results = await tab.evaluate(async (values) => (await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe.run(document, { runOnly: { type: 'tag', values } })), tags);
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      // Checked with the page's styles, so that the contrast of marked text was measured on its own background.
      expect(await tab.evaluate(() => getComputedStyle(document.querySelector('.review ins') as Element).backgroundColor)).toBe('rgb(204, 226, 216)');
      expect(results.passes.some((rule) => rule.id === 'color-contrast')).toBe(true);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe('the review page against a release that kept no narrative text', () => {
  const bare = overlayRoot(join(fixtures, 'review', 'since-release'));
  const bareOut = '.build/test-review-no-text';
  let review: Document;
  beforeAll(() => {
    rmSync(join(bare, snapshotFolder('1.0.0'), releaseFiles.narratives));
    buildSiteOrThrow(bareOut, bare, ['--no-pdf', '--drafts']);
    review = parseHTML(readFileSync(join(projectRoot, bareOut, 'review/index.html'), 'utf8')).document as unknown as Document;
  }, 180_000);
  afterAll(() => removeRoot(bare));

  it('says that no earlier text is recorded, compares the figures only, and calls no sentence added, changed or removed', () => {
    const main = review.querySelector('main');
    expect(text(main?.querySelector('.inset'))).toBe(
      'No earlier text recorded. Release 1.0.0 was made before releases kept their narratives’ text, so no sentence can be compared with it: none is shown as added, changed or unchanged, and only figures are compared. The next release made with npm run release keeps the text.',
    );
    const northshire = [...(main?.querySelectorAll('section') ?? [])].find((s) => text(s.querySelector('h2')).startsWith('Northshire Constabulary: Crime data integrity inspection 2016'));
    expect([...(northshire?.querySelectorAll('caption') ?? [])].map(text)).toEqual(['Figures changed since release 1.0.0']);
    expect(text(northshire)).toContain('Its narrative (15 sentences) cannot be compared: no earlier text recorded.');
    expect(text(main)).toContain('1 report with unchanged figures.');
    // Only the figures are marked: 87 → 88, the added 1035 and the four values of the removed figure.
    expect(main?.querySelectorAll('td ins, td del').length).toBe(7);
  });
});

