import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/compute/model.ts';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { reportMeta } from '../../src/render/meta/reportMeta.ts';
import { bibtex, cslJson, referenceOf, ris } from '../../src/render/references.ts';

// The issue names the Met 2018 report: its reference files are checked on the shipped data, parsed by Citation.js.
const siteUrl = { url: 'https://cdi-reports.example.org', base: '/' };
const met = runPipeline(process.cwd()).site?.reports.find((r) => r.key === 'metropolitan/2018-cdi') as Report;
const meta = Object.fromEntries(reportMeta(met, siteUrl).map((tag) => [tag.key, tag.content]));
const reference = referenceOf(met, siteUrl);

/** What a reference manager keeps of a file, in CSL terms. */
function parsed(text: string): Record<string, unknown> {
  const items = new Cite(text).data;
  expect(items).toHaveLength(1);
  const { title, author, publisher, issued, URL } = items[0] as Record<string, unknown>;
  return { title, author, publisher, issued, URL };
}

// The citation_* tags of the page: what Zotero reads there, and what every file must agree with.
const expected = {
  title: meta.citation_title,
  publisher: meta.citation_publisher,
  issued: { 'date-parts': [meta.citation_publication_date?.split('/').map(Number)] },
  URL: meta.citation_public_url,
};

describe('reference files of the Met 2018 report', () => {
  it('BibTeX parses to the title, author, publisher, date and address of the citation tags', () => {
    expect(parsed(bibtex(reference))).toEqual({ ...expected, author: [{ family: meta.citation_author }] });
  });

  it('RIS parses to the same', () => {
    expect(parsed(ris(reference))).toEqual({ ...expected, author: [{ family: meta.citation_author }] });
  });

  it('CSL-JSON reads as the same item, and renders as a reference in APA style', () => {
    expect(parsed(cslJson(reference))).toEqual({ ...expected, author: [{ literal: meta.citation_author }] });
    expect(new Cite(JSON.parse(cslJson(reference))).format('bibliography', { template: 'apa', format: 'text' }).trim()).toBe(
      'HMICFRS. (2018). Metropolitan Police Service: Crime data integrity inspection 2018. ' +
        'HM Inspectorate of Constabulary and Fire & Rescue Services. ' +
        'https://www.justiceinspectorates.gov.uk/hmicfrs/publications/metropolitan-police-service-crime-data-integrity-inspection-2018/',
    );
    // citeproc compiles the APA style on its first use: over a second alone, more on a busy machine.
  }, 30_000);

  it('escapes what BibTeX would read as markup, so that “&” survives a round trip', () => {
    expect(bibtex(reference)).toContain('institution = {{HM Inspectorate of Constabulary and Fire \\& Rescue Services}}');
  });

  it('leaves the date out when the publication date is not published, rather than inventing one', () => {
    const undated = referenceOf({ ...met, published: null }, siteUrl);
    expect(bibtex(undated)).not.toMatch(/year|date/);
    expect(ris(undated)).not.toMatch(/^(PY|DA) /m);
    expect(JSON.parse(cslJson(undated))[0]).not.toHaveProperty('issued');
  });
});
