import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';

// What a run on the real data found (issue 10, item 5), checked on the pages built from data/ and content/ (the
// site built once for this run).
const outDir = inject('siteDir');

const page = (path: string): Document => parseHTML(readFileSync(join(outDir, path, 'index.html'), 'utf8')).document as unknown as Document;
const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const hrefs = (elements: Iterable<Element>): string[] => [...elements].map((a) => a.getAttribute('href') ?? '');

function reportPages(): string[] {
  const forces = join(outDir, 'forces');
  return readdirSync(forces, { withFileTypes: true })
    .filter((f) => f.isDirectory())
    .flatMap((f) => readdirSync(join(forces, f.name), { withFileTypes: true }).filter((r) => r.isDirectory()).map((r) => `forces/${f.name}/${r.name}/`));
}

describe('pages built from the shipped data', () => {
  it('the Dyfed-Powys page lists its undated 2022 revisit as the latest, and its trend oldest first', () => {
    const doc = page('forces/dyfed-powys/');
    expect(hrefs(doc.querySelectorAll('ol.inspections .inspections__title a'))[0]).toBe('/forces/dyfed-powys/2022-peel-revisit/');
    const trend = doc.querySelector('section[aria-labelledby="change-heading"] table');
    expect(hrefs(trend?.querySelectorAll('tbody th a') ?? [])).toEqual([
      '/forces/dyfed-powys/2014-dip-sample/',
      '/forces/dyfed-powys/2018-cdi/',
      '/forces/dyfed-powys/2021-peel/',
      '/forces/dyfed-powys/2022-peel-revisit/',
    ]);
  });

  it('the overview takes the latest inspection of a force from its undated PEEL results', () => {
    const rows = [...page('overview/').querySelectorAll('#all-forces tbody tr')];
    const latestOf = (force: string) => rows.find((tr) => tr.querySelector(`th a[href="/forces/${force}/"]`))?.querySelectorAll('td a')[0]?.getAttribute('href');
    expect(latestOf('dyfed-powys')).toBe('/forces/dyfed-powys/2022-peel-revisit/');
    expect(latestOf('metropolitan')).toBe('/forces/metropolitan/2025-peel/');
    expect(latestOf('avon-and-somerset')).toBe('/forces/avon-and-somerset/2022-peel/');
  });

  it('the Sussex 2014 dip sample page leads with its own rate, under its own label', () => {
    const keyFigures = page('forces/sussex/2014-dip-sample/').querySelector('#key-figures');
    expect(text(keyFigures?.querySelector('.key-figure__heading'))).toBe('2014 dip sample: recorded of crimes audited');
    expect(text(keyFigures?.querySelector('.key-figure__number'))).toBe('83.5%');
    expect(text(keyFigures)).not.toContain('Recording rate not published');
  });

  it('a PEEL page lists no CDI question grades, and no page says "graded not published"', () => {
    const met = page('forces/metropolitan/2022-peel/');
    expect(met.querySelector('.summary-list--grades')).toBeNull();
    expect(text(met.querySelector('#question-1'))).not.toContain('Grade:');
    expect(text(page('forces/dyfed-powys/2022-peel-revisit/').querySelector('main'))).not.toContain('graded not published');
  });

  it('credits a newspaper source to the newspaper, not to HMICFRS', () => {
    const wiltshire = page('forces/wiltshire/2025-peel/');
    expect(text(wiltshire.querySelector('#source p'))).toMatch(/\(the Wiltshire Times\)\.$/);
    expect(text(wiltshire.querySelector('#key-figure-overall details.cite p'))).toContain('PEEL 2023–25, publication date not known, as reported by the Wiltshire Times.');
  });

  it('the Staffordshire 2016 page quotes the estimate as printed, "approximately 6,700", not "over 6,700"', () => {
    const keyFigures = text(page('forces/staffordshire/2016-cdi/').querySelector('#key-figure-overall'));
    expect(keyFigures).toContain('approximately 6,700 reports of crime a year not recorded');
    expect(keyFigures).not.toContain('over 6,700');
  });

  it('every report page: the Source section lists as published what the figure table marks as published', () => {
    const pages = reportPages();
    expect(pages.length).toBeGreaterThan(80);
    for (const path of pages) {
      const doc = page(path);
      const markedPublished = doc.querySelectorAll('table.table--figures .status--published').length;
      const listed = doc.querySelectorAll('#source dl div:first-child dd li').length;
      expect(listed, path).toBe(markedPublished);
      expect(text(doc.querySelector('main')), path).not.toMatch(/ to not published|graded not published/);
    }
    // It parses every report page: a minute allows for a loaded machine.
  }, 60_000);
});
