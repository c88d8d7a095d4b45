import { describe, expect, it } from 'vitest';
import { linkTerms } from './linkTerms.ts';

const n100 = (text = 'N100') => new RegExp(`<a class="glossary-term" href="/glossary/#n100" title="[^"]+">${text}</a>`);

describe('linkTerms', () => {
  it('linkTerms(html) links the first use of an abbreviation to its glossary entry, and only the first', () => {
    const html = linkTerms('<p>The force used N100 well. N100 is a classification.</p>');
    expect(html).toMatch(n100());
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('N100 is a classification.</p>');
  });

  it('linkTerms(html) links each different term once', () => {
    const html = linkTerms('<p>The FCR and the DDMs decide; the FCR decides rapes.</p>');
    expect(html).toContain('href="/glossary/#fcr"');
    expect(html).toMatch(/href="\/glossary\/#ddm" title="[^"]+">DDMs<\/a>/);
    expect(html.match(/<a /g)).toHaveLength(2);
  });

  it('linkTerms(html) leaves text inside links, headings and code alone, and links the next plain use', () => {
    const html = linkTerms('<h3>N100 records</h3><p><a href="https://x.org">N100 rules</a> <code>N100</code> then N100.</p>');
    expect(html).toContain('<h3>N100 records</h3>');
    expect(html).toContain('<a href="https://x.org">N100 rules</a> <code>N100</code> then <a class="glossary-term"');
  });

  it('linkTerms(html) never changes attributes', () => {
    const html = '<p><img src="N100.png" alt="N100"> text</p>';
    expect(linkTerms(html)).toBe(html);
  });

  it('linkTerms(html) matches whole words only, so HMICFRS is not read as HMIC and N1000 is not N100', () => {
    const html = linkTerms('<p>HMICFRS counted N1000 reports.</p>');
    expect(html).toContain('href="/glossary/#hmicfrs"');
    expect(html).not.toContain('#hmic"');
    expect(html).toContain('N1000 reports');
  });

  it('linkTerms(html, linked) does not link again a term linked in an earlier fragment of the page', () => {
    const linked = new Set<string>();
    expect(linkTerms('<p>N100</p>', linked)).toMatch(n100());
    expect(linkTerms('<p>N100 and AVI</p>', linked)).toBe(linkTerms('<p>N100 and AVI</p>', new Set(['N100'])));
    expect([...linked]).toEqual(['N100', 'AVI']);
  });
});
