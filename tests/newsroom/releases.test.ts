import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from '../e2e/support/buildSite.ts';
import { dataErrors, profileErrors } from './checkDataPackage.ts';

/*
 * The minimal fixture released as 1.0.0, then one figure corrected and released again as 1.1.0, and the site built:
 * what a newsroom sees on /data/changes/, in its feed, in the data package and in a citation.
 */

const minimal = join(import.meta.dirname, '..', 'fixtures', 'valid', 'minimal');
const outDir = '.build/test-newsroom';
const root = mkdtempSync(join(tmpdir(), 'cdi-releases-'));
const run = (script: string, args: string[]) => execFileSync(process.execPath, [script, ...args], { stdio: 'pipe' }).toString();
const built = (path: string): string => readFileSync(join(outDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const text = (html: string, selector: string): string[] =>
  [...parseHTML(html).document.querySelectorAll(selector)].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
const edit = (file: string, from: string, to: string) => {
  const before = readFileSync(join(root, file), 'utf8');
  if (!before.includes(from)) throw new Error(`${file} has no ${from}`);
  writeFileSync(join(root, file), before.replace(from, to));
};

beforeAll(() => {
  cpSync(minimal, root, { recursive: true });
  run('scripts/release.ts', ['1.0.0', '2026-01-10', 'First release.', '--root', root]);
  edit('data/findings.csv', 'northshire,2016-cdi,overall,,,88.0,', 'northshire,2016-cdi,overall,,,87.5,');
  edit(
    'content/reports/northshire/2016-cdi.md',
    'headline: >-',
    'corrections:\n  - date: 2026-01-20\n    change: The overall recording rate was corrected.\n    reason: The rate was misprinted in the report.\nheadline: >-',
  );
  run('scripts/release.ts', ['1.1.0', '2026-02-01', 'Corrected the Northshire overall rate.', '--root', root]);
  buildSiteOrThrow(outDir, root, ['--no-pdf']);
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a second data release', () => {
  it('lists the changed figure on /data/changes/ with its old and new value and the correction’s reason', () => {
    const page = built('/data/changes/');
    expect(text(page, 'h2')).toEqual(['Release 1.1.0, 1 February 2026', 'Release 1.0.0, 10 January 2026']);
    const release = [...parseHTML(page).document.querySelectorAll('section')].find((s) => s.querySelector('h2')?.id === 'release-1.1.0');
    const changed = [...(release?.querySelectorAll('ul.changes li') ?? [])].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(changed).toEqual([
      'Northshire Constabulary: Crime data integrity inspection 2016, All crime: rate_pct 88 → 87.5. Reason: The rate was misprinted in the report.',
    ]);
  });

  it('has the change in the releases feed, dated by the release', () => {
    const feed = parseHTML(built('/data/changes.xml')).document;
    const entries = [...feed.querySelectorAll('entry')];
    expect(entries.map((e) => e.querySelector('title')?.textContent)).toEqual(['Data release 1.1.0', 'Data release 1.0.0']);
    expect(entries[0]?.querySelector('updated')?.textContent).toBe('2026-02-01T00:00:00Z');
    const content = entries[0]?.querySelector('content')?.textContent ?? '';
    expect(content).toContain('All crime</a>: rate_pct: 88 → 87.5. Reason: The rate was misprinted in the report.');
  });

  it('keeps each release’s dataset at its own address, as it was released', () => {
    expect(text(built('/data/releases/1.0.0/'), 'main li a')).toEqual(['figures.csv', 'inspections.csv']);
    expect(built('/data/releases/1.0.0/figures.csv')).toBe(readFileSync(join(root, 'data/releases/1.0.0/figures.csv'), 'utf8'));
    expect(built('/data/releases/1.0.0/figures.csv')).toMatch(/\nnorthshire,[^\n]*,overall,[^\n]*,88,/);
    expect(built('/data/releases/1.1.0/figures.csv')).toMatch(/\nnorthshire,[^\n]*,overall,[^\n]*,87\.5,/);
  });

  it('keeps each release’s narrative text for the review, unpublished: the second with the correction made since the first', () => {
    const kept = (version: string) => JSON.parse(readFileSync(join(root, 'data/releases', version, 'narratives.json'), 'utf8')) as Record<string, { corrections: unknown[] }>;
    expect(Object.keys(kept('1.0.0'))).toEqual(['northshire/2016-cdi']);
    expect([kept('1.0.0')['northshire/2016-cdi']?.corrections.length, kept('1.1.0')['northshire/2016-cdi']?.corrections.length]).toEqual([0, 1]);
    expect(existsSync(join(outDir, 'data/releases/1.1.0/narratives.json'))).toBe(false);
  });

  it('has no review page, which only the preview and a --drafts build have, nor a link to one', () => {
    expect(existsSync(join(outDir, 'review'))).toBe(false);
    expect(built('/sitemap.xml')).not.toContain('/review/');
    expect(text(built('/'), 'nav a')).not.toContain('Review changes');
  });

  it('names the release in a figure’s citation', () => {
    const cite = text(built('/forces/northshire/2016-cdi/'), '.cite__text').find((t) => t.includes('#figure-overall'));
    expect(cite).toMatch(/\(data release 1\.1\.0 of 1 February 2026\)$/);
  });

  it('publishes a data package of the release that passes the profile, and whose data and foreign keys check out', async () => {
    const descriptor = JSON.parse(built('/data/datapackage.json')) as { version: string };
    expect(descriptor.version).toBe('1.1.0');
    expect(profileErrors(descriptor)).toEqual([]);
    expect(await dataErrors(descriptor, join(outDir, 'data'))).toEqual([]);
  });
});
