import { describe, expect, it } from 'vitest';
import { absoluteUrl, chartPngPath, embedParam, embedPath, forcePath, href, linksUnderBase, hasSitePageIn, localePath, oembedPath, reportPath, sitePageIn, sitePaths, siteRoutes, welshSitePages } from './routes.ts';

const site = { url: 'https://reports.example.gov.uk', base: '/cdi/' };

describe('href(path, base)', () => {
  it('href() puts the base path in front of a site path, keeping its anchor', () => {
    expect(href('/', '/cdi/')).toBe('/cdi/');
    expect(href('/forces/kent/2018-cdi/#findings', '/cdi/')).toBe('/cdi/forces/kent/2018-cdi/#findings');
    expect(href('/data/figures.csv', '/crime/cdi/')).toBe('/crime/cdi/data/figures.csv');
  });

  it('href() leaves a site path as it is at the root of the host', () => {
    expect(href('/overview/', '/')).toBe('/overview/');
  });

  it('href() refuses what is not a site path: a relative path, a protocol-relative or absolute address', () => {
    for (const path of ['overview/', '//evil.example/', 'https://reports.example.gov.uk/']) expect(() => href(path, '/cdi/')).toThrow('not a site path');
  });
});

describe('absoluteUrl(path, site)', () => {
  it('absoluteUrl() puts the address and the base path in front of a site path', () => {
    expect(absoluteUrl('/forces/kent/2018-cdi/card.png', site)).toBe('https://reports.example.gov.uk/cdi/forces/kent/2018-cdi/card.png');
    expect(absoluteUrl('/', { ...site, base: '/' })).toBe('https://reports.example.gov.uk/');
  });
});

describe('site paths', () => {
  it('names a report’s page and a force’s', () => {
    const page = reportPath({ force: 'kent', slug: '2018-cdi' });
    expect(page).toBe('/forces/kent/2018-cdi/');
    expect(forcePath('kent')).toBe('/forces/kent/');
  });

  it('puts another language’s edition under its code, and the default language’s at the root', () => {
    expect(reportPath({ force: 'gwent', slug: '2018-cdi' }, 'cy')).toBe('/cy/forces/gwent/2018-cdi/');
    expect(reportPath({ force: 'gwent', slug: '2018-cdi' }, 'en')).toBe('/forces/gwent/2018-cdi/');
    expect(forcePath('gwent', 'cy')).toBe('/cy/forces/gwent/');
    expect(localePath('/', 'cy')).toBe('/cy/');
    expect(href(localePath('/forces/gwent/', 'cy'), '/cdi/')).toBe('/cdi/cy/forces/gwent/');
    expect(() => localePath('forces/gwent/', 'cy')).toThrow('not a site path');
  });

  it('mirrors the chart’s page under /embed/ for its embed page and oEmbed file, and names it for the PNG page', () => {
    expect(embedPath('/overview/', 'tile-map')).toBe('/embed/overview/tile-map/');
    expect(embedParam('/forces/kent/', 'rate-over-time')).toBe('forces/kent/rate-over-time');
    expect(oembedPath('/forces/kent/2018-cdi/', 'n100')).toBe('/embed/forces/kent/2018-cdi/n100/oembed.json');
    expect(chartPngPath('/forces/kent/2018-cdi/', 'n100')).toBe('/chart-png/?chart=forces/kent/2018-cdi/n100');
  });
});

describe('sitePageIn(path, lang)', () => {
  it('gives a site page with a Welsh edition in Welsh, anchor kept, and any other site page in English', () => {
    expect(welshSitePages).toContain(sitePaths.home);
    expect(sitePageIn(sitePaths.home, 'cy')).toBe('/cy/');
    expect(sitePageIn('/#forces', 'cy')).toBe('/cy/#forces');
    expect(sitePageIn(sitePaths.review, 'cy')).toBe('/review/');
    expect(sitePageIn(sitePaths.home, 'en')).toBe('/');
    expect(sitePageIn(sitePaths.review)).toBe('/review/');
    expect(sitePageIn('/cy/forces/gwent/', 'cy')).toBe('/cy/forces/gwent/');
    expect(sitePageIn('/glossary/', 'cy')).toBe('/cy/glossary/');
    expect(sitePageIn('/forces/kent/', 'cy')).toBe('/forces/kent/');
    expect(hasSitePageIn('/cy/forces/gwent/', 'cy')).toBe(true);
    expect(hasSitePageIn(sitePaths.review, 'cy')).toBe(false);
    expect(hasSitePageIn(sitePaths.review, 'en')).toBe(true);
    const routes = siteRoutes(site);
    expect(routes.sitePage('/overview/#all-forces', 'cy')).toEqual({ href: '/cdi/cy/overview/#all-forces', hreflang: undefined });
    expect(routes.sitePage(sitePaths.review, 'cy')).toEqual({ href: '/cdi/review/', hreflang: 'en' });
    expect(routes.sitePage(sitePaths.review, 'en')).toEqual({ href: '/cdi/review/', hreflang: undefined });
  });
});

describe('siteRoutes(site)', () => {
  it('binds the base path and origin, so that a page writes the same address inside and outside Astro', () => {
    const routes = siteRoutes(site);
    expect(routes.href('/overview/')).toBe('/cdi/overview/');
    expect(routes.absolute('/overview/')).toBe('https://reports.example.gov.uk/cdi/overview/');
    expect(routes.linksUnderBase('<a href="/glossary/">x</a>')).toBe('<a href="/cdi/glossary/">x</a>');
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
