import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';

// The Met report page of the site built once from the shipped data for this run.
const html = readFileSync(`${inject('siteDir')}/forces/metropolitan/2018-cdi/index.html`, 'utf8');
const document: Document = parseHTML(html).document as unknown as Document;
const text = (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');

const section = (id: string) => document.querySelector(`section#${id}`);
const sectionText = (id: string) => (section(id)?.textContent ?? '').replace(/\s+/g, ' ');

describe('the Metropolitan 2018 report page', () => {
  it('has one h1, the title, in English (GB)', () => {
    expect(document.documentElement.getAttribute('lang')).toBe('en-GB');
    const h1s = document.querySelectorAll('h1');
    expect(h1s.length).toBe(1);
    expect(h1s[0]?.textContent).toBe('Crime data integrity inspection 2018');
  });

  it('has the sections of a report, in order', () => {
    const ids = [...document.querySelectorAll('main section[id]')].map((s) => s.id);
    const expected = ['key-figures', 'findings', 'question-1', 'question-2', 'question-3', 'conclusion', 'notes', 'source'];
    expect(ids.filter((id) => expected.includes(id))).toEqual(expected);
  });

  it('shows the overall grade and the three question grades as text', () => {
    expect(document.querySelector('.report-header .tag--large')?.textContent).toBe('good');
    expect([1, 2, 3].map((n) => section(`question-${n}`)?.querySelector('.tag')?.textContent)).toEqual(['good', 'good', 'outstanding']);
  });

  it('gives the key figures with their intervals and crimes not recorded', () => {
    const keyFigures = sectionText('key-figures');
    for (const figure of ['89.5%', '±1.64', 'over 94,500', '87.6%', '±2.82', 'over 28,100', '91%', '±2.89', 'over 1,890']) {
      expect(keyFigures).toContain(figure);
    }
  });

  it('gives every figure of questions 1 and 2 with its count', () => {
    const q1 = sectionText('question-1');
    for (const count of ['98 of 118', '34 of 48', '14 of 20', '6 of 20', '230 of 271']) expect(q1).toContain(count);
    const q2 = sectionText('question-2');
    for (const count of ['36 of 39', '9 of 9', '11 of 12', '301 of 459', '188 of 325', '18 of 20', '19 of 20', '16 of 20', '17 of 20', '1,035']) {
      expect(q2).toContain(count);
    }
  });

  it('lists all seven areas for improvement, numbered', () => {
    const findings = section('findings');
    const heading = [...(findings?.querySelectorAll('h3') ?? [])].find((h) => h.textContent === 'Areas for improvement');
    const list = heading?.nextElementSibling;
    expect(list?.tagName).toBe('OL');
    expect(list?.querySelectorAll('li').length).toBe(7);
    expect(list?.textContent).toContain('diversity information');
  });

  it('links the original publication and says which figures are computed', () => {
    const source = section('source');
    expect(source?.querySelector('a')?.getAttribute('href')).toContain('metropolitan-police-service-crime-data-integrity-inspection-2018');
    expect(sectionText('source')).toContain('Computed from counts');
    expect(text).toContain('computed from counts');
  });

  it('puts every table cell under a header, and every wide table in a focusable region', () => {
    for (const table of document.querySelectorAll('main table')) {
      expect(table.querySelector('caption')?.textContent?.trim()).toBeTruthy();
      expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
      const region = table.parentElement;
      expect(region?.getAttribute('role')).toBe('region');
      expect(region?.getAttribute('tabindex')).toBe('0');
      expect(region?.getAttribute('aria-label')).toBeTruthy();
    }
  });

  it('has no script and a content security policy', () => {
    expect(document.querySelectorAll('script').length).toBe(0);
    expect(html).not.toMatch(/<script/i);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("object-src 'none'");
  });

  it('does not skip heading levels', () => {
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    levels.reduce((previous, level) => {
      expect(level - previous).toBeLessThanOrEqual(1);
      return level;
    });
  });
});
