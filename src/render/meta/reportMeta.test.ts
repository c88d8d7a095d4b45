import { describe, expect, it } from 'vitest';
import type { Report } from '../../engine/compute/model.ts';
import { reportFor } from '../../../tests/render/fixtureReports.ts';
import { reportMeta } from './reportMeta.ts';

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
});
