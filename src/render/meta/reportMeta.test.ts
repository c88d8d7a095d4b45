import { describe, expect, it } from 'vitest';
import type { Report } from '../../engine/compute/model.ts';
import { reportFor } from '../../../tests/render/fixtureReports.ts';
import { catalogue } from '../../i18n/index.ts';
import { reportDescription, reportMeta } from './reportMeta.ts';

const met = reportFor('northshire/2018-cdi');
const site = { url: 'https://cdi.example', base: '/' };
const tags = (report: Report) => Object.fromEntries(reportMeta(report, site).map((tag) => [tag.key, tag.content]));

describe('reportMeta(report, site)', () => {
  it('gives Open Graph tags with absolute URLs, the card as image', () => {
    expect(tags(met)).toMatchObject({
      'og:type': 'article',
      'og:url': 'https://cdi.example/forces/northshire/2018-cdi/',
      'og:image': 'https://cdi.example/forces/northshire/2018-cdi/card.png',
      'og:title': 'Northshire Constabulary: Crime data integrity inspection 2018',
    });
  });

  it('gives citation tags for the publication, and no PDF tag', () => {
    expect(tags(met)).toMatchObject({ citation_author: 'HMICFRS', citation_publication_date: '2018/07/17', citation_public_url: met.sourceUrl });
    expect(tags(met)).not.toHaveProperty('citation_pdf_url');
  });

  it('leaves out the publication date where it is not published', () => {
    expect(tags({ ...met, published: null })).not.toHaveProperty('citation_publication_date');
  });

  it('says the page is in British English, with no alternate where it has no other edition', () => {
    const all = reportMeta(met, site);
    expect(all.filter((tag) => tag.key.startsWith('og:locale'))).toEqual([{ attribute: 'property', key: 'og:locale', content: 'en_GB' }]);
    expect(tags(met)['og:description']).toBe(reportDescription(met));
  });
});

// The Welsh edition's tags: its words from the Welsh catalogue, its own address, the English page as the alternate.
describe('reportMeta(report, site, "cy", editions)', () => {
  const editions = { en: met.url, cy: `/cy${met.url}` };
  const welsh = reportMeta(met, site, 'cy', editions);
  const byKey = Object.fromEntries(welsh.map((tag) => [tag.key, tag.content]));

  it('names the Welsh page as the og:url and the citation page, Welsh as the locale and English as the alternate', () => {
    expect(byKey).toMatchObject({
      'og:url': 'https://cdi.example/cy/forces/northshire/2018-cdi/',
      citation_abstract_html_url: 'https://cdi.example/cy/forces/northshire/2018-cdi/',
      'og:locale': 'cy_GB',
      'og:locale:alternate': 'en_GB',
      'og:site_name': catalogue.cy.layout.siteName,
    });
    const english = Object.fromEntries(reportMeta(met, site, 'en', editions).map((tag) => [tag.key, tag.content]));
    expect(english).toMatchObject({ 'og:url': 'https://cdi.example/forces/northshire/2018-cdi/', 'og:locale': 'en_GB', 'og:locale:alternate': 'cy_GB' });
  });

  it('shows the Welsh page’s own social card, beside it, with its alt text in Welsh', () => {
    expect(byKey['og:image']).toBe('https://cdi.example/cy/forces/northshire/2018-cdi/card.png');
    expect(byKey['og:image:alt']).toBe('Northshire Constabulary: Arolygiad cywirdeb data troseddu 2018: y radd gyffredinol a’r gyfradd cofnodi');
  });

  it('describes the report in Welsh: its title, the date in Welsh, the grade and the rate', () => {
    expect(byKey['og:title']).toBe('Northshire Constabulary: Arolygiad cywirdeb data troseddu 2018');
    expect(byKey['og:description']).toBe(
      'Northshire Constabulary, Arolygiad cywirdeb data troseddu 2018 (cyhoeddwyd 17 Gorffennaf 2018). Gradd gyffredinol: da. Pob trosedd: 89.5% (±1.64).',
    );
  });

  it('says in Welsh where the date, the grade or the rate is missing', () => {
    const bare = { ...met, published: null, grades: { ...met.grades, overall: null }, figures: met.figures.filter((f) => f.measure !== 'overall') };
    // A grade (gradd) is feminine: its absence words agree (*heb ei chanfod*, *heb ei chyhoeddi*), as the date's (dyddiad, masculine) do with it.
    const grade = { 'not-found': 'heb ei chanfod eto', 'not-published': 'heb ei chyhoeddi gan y ffynhonnell', 'not-applicable': 'amherthnasol' }[bare.grades.absent.overall ?? 'not-found'];
    expect(reportDescription(bare, 'cy')).toBe(
      `Northshire Constabulary, Arolygiad cywirdeb data troseddu 2018 (dyddiad cyhoeddi heb ei wybod). Gradd gyffredinol: ${grade}. Cyfradd cofnodi gyffredinol: heb ei chanfod eto.`,
    );
  });
});
