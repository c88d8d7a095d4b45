import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import type { Site } from '../../src/engine/compute/model.ts';
import { messages } from '../../src/i18n/index.ts';
import { latestTexts } from '../../src/render/phrases.ts';

// Reads the pages of the one build the browser tests share; no browser needed to read their text.
const siteDir = inject('siteDir');
const site = JSON.parse(readFileSync(`${inject('modelDir')}/site.json`, 'utf8')) as Site;
const page = (path: string) => parseHTML(readFileSync(join(siteDir, path, 'index.html'), 'utf8')).document;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const overview = page('/overview/');
const home = page('/');
const year = (y: string | null) => y ?? latestTexts.yearUnknown;
const absence = messages('en').absence;

describe('each force’s latest grade and rate agree on every page that shows them, each with its inspection’s year', () => {
  for (const f of site.national.forces) {
    it(f.force.name, () => {
      const gradeText = f.grade ? `${f.grade.grade} (${latestTexts.scale[f.grade.scale]}, ${year(f.grade.year)})` : latestTexts.noGrade;
      const rateText = f.rate ? `(${year(f.rate.year)})` : latestTexts.noRate;
      // The overview's table row.
      const row = [...overview.querySelectorAll('#all-forces tbody tr')].find((tr) => tr.querySelector(`th a[href="${f.url}"]`));
      const [, gradeCell, rateCell, , unrecordedCell] = [...(row?.querySelectorAll('td') ?? [])];
      // The latest estimate of crimes not recorded, with its year, as its own report page prints it.
      if (f.unrecorded) {
        expect(text(unrecordedCell)).toContain(`${f.unrecorded.text} (${year(f.unrecorded.year)})`);
        expect(text(page(f.unrecorded.from.url).querySelector('main'))).toContain(f.unrecorded.text);
      }
      expect(text(gradeCell)).toContain(gradeText);
      expect(text(rateCell)).toContain(f.rate ? `${f.rate.text}` : rateText);
      expect(text(rateCell)).toContain(rateText);
      // The force page's latest facts: the same words.
      const latest = page(f.url).querySelector('#latest');
      if (f.grade || f.rate) {
        expect(text(latest)).toContain(gradeText);
        expect(text(latest)).toContain(rateText);
        if (f.rate) expect(text(latest)).toContain(f.rate.text);
      }
      // Both maps (overview and home): the square shows the grade's own inspection, its year and that inspection's rate.
      for (const map of [overview.querySelector('#tile-map'), home.querySelector('#force-map')]) {
        const label = map?.querySelector(`a[href="${f.url}"]`)?.getAttribute('aria-label') ?? '';
        if (f.grade) {
          expect(label).toContain(gradeText);
          // Where that inspection has no rate, why: as the report page says it (not published by the source, not found yet...).
          expect(label).toContain(`recording rate ${f.grade.rate?.text ?? absence[f.grade.rateAbsence ?? 'not-found']}`);
        } else expect(label).toContain(`recording rate ${f.rate ? `${f.rate.text} (${year(f.rate.year)})` : absence['not-found']}`);
      }
      // The report pages the facts come from print them.
      if (f.grade) expect(text(page(f.grade.from.url).querySelector('main'))).toMatch(new RegExp(f.grade.grade, 'i'));
      if (f.rate) expect(text(page(f.rate.from.url).querySelector('main'))).toContain(f.rate.text);
    });
  }
});

describe('no chart or count mixes the four-grade and the five-grade scales', () => {
  it('the grade-spread chart counts each scale apart, and adds to the forces with a grade', () => {
    const csv = readFileSync(join(siteDir, 'overview/grade-spread.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split('\n').slice(1).map((l) => l.split(','));
    const graded = site.national.forces.filter((f) => f.grade);
    for (const scale of ['four-grade', 'five-grade'] as const) {
      const rows = csv.filter((r) => r[0] === scale);
      const expected = graded.filter((f) => f.grade!.scale === scale);
      if (expected.length > 0) expect(rows.reduce((sum, r) => sum + Number(r[2]), 0)).toBe(expected.length);
    }
    expect(csv.filter((r) => r[0] === 'four-grade').map((r) => r[1])).not.toContain('Adequate');
  });

  it('every map legend names each grade under its scale, and every PEEL square has its thick outline', () => {
    for (const map of [overview.querySelector('#tile-map svg.chart-w680'), home.querySelector('#force-map svg.chart-w535')]) {
      const peel = site.national.forces.filter((f) => f.grade?.scale === 'five-grade').map((f) => f.url);
      const thick = [...(map?.querySelectorAll('g[stroke-width="3"] a') ?? [])].map((a) => a.getAttribute('href'));
      expect(thick.sort()).toEqual(peel.sort());
    }
  });
});
