import { describe, expect, it } from 'vitest';
import { absoluteUrl, href, linksUnderBase } from './url.ts';

const site = new URL('https://reports.example.gov.uk');

describe('href(path, base)', () => {
  it('href() puts the base path in front of a site path, keeping its anchor', () => {
    expect(href('/', '/cdi/')).toBe('/cdi/');
    expect(href('/forces/kent/2018-cdi/#findings', '/cdi/')).toBe('/cdi/forces/kent/2018-cdi/#findings');
    expect(href('/data/figures.csv', '/crime/cdi/')).toBe('/crime/cdi/data/figures.csv');
  });

  it('href() leaves a site path as it is at the root of the host, the base outside an Astro build', () => {
    expect(href('/overview/', '/')).toBe('/overview/');
    expect(href('/overview/')).toBe('/overview/');
  });

  it('href() refuses what is not a site path: a relative path, a protocol-relative or absolute address', () => {
    for (const path of ['overview/', '//evil.example/', 'https://reports.example.gov.uk/']) expect(() => href(path, '/cdi/')).toThrow('not a site path');
  });
});

describe('absoluteUrl(path, site, base)', () => {
  it('absoluteUrl() puts the address and the base path in front of a site path', () => {
    expect(absoluteUrl('/forces/kent/2018-cdi/card.png', site, '/cdi/')).toBe('https://reports.example.gov.uk/cdi/forces/kent/2018-cdi/card.png');
    expect(absoluteUrl('/', site, '/')).toBe('https://reports.example.gov.uk/');
  });

  it('absoluteUrl() refuses to make a relative URL when the site address is not configured', () => {
    expect(() => absoluteUrl('/', undefined, '/cdi/')).toThrow(/astro\.config/);
  });
});

describe('linksUnderBase(html, base)', () => {
  it('linksUnderBase() moves links to site paths under the base path, and only those', () => {
    const html = '<p><a class="glossary-term" href="/glossary/#ddm" title="x">DDM</a>, <a href="https://www.gov.uk/">GOV.UK</a>, <a href="//cdn.example/">cdn</a>, <a href="#q1">Q1</a></p>';
    expect(linksUnderBase(html, '/cdi/')).toBe(html.replace('href="/glossary/', 'href="/cdi/glossary/'));
  });

  it('linksUnderBase() leaves text that only looks like a link alone, since markdown-it escapes its quotes', () => {
    const html = '<p>write href=&quot;/x&quot; in code: <code>href=&quot;/x&quot;</code></p>';
    expect(linksUnderBase(html, '/cdi/')).toBe(html);
  });

  it('linksUnderBase() changes nothing at the root of the host', () => {
    const html = '<a href="/glossary/#ddm">DDM</a>';
    expect(linksUnderBase(html, '/')).toBe(html);
  });
});
