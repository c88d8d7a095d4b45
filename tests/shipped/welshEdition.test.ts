import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../e2e/support/listPages.ts';
import { catalogue, welshForces } from '../../src/i18n/index.ts';
import { localePath, welshSitePages } from '../../src/routes.ts';

// The Welsh edition (issue 20) in the site built once for this run from the shipped data: every page about a
// Welsh force under /cy/, in Welsh, paired with its English page both ways.
const outDir = inject('siteDir');
const pages = listPages(outDir);
const welshPages = pages.filter((path) => path.startsWith('/cy/') && !path.startsWith('/cy/embed/'));
/** The Welsh embed pages: each chart of a Welsh page, alone, for another site's iframe. */
const welshEmbeds = pages.filter((path) => path.startsWith('/cy/embed/'));

const read = (path: string): Document => parseHTML(readFileSync(join(outDir, path, 'index.html'), 'utf8')).document as unknown as Document;
/** The site path of an absolute or base-relative address of the site (the shared build is at the root of its host). */
const pathOf = (address: string): string => new URL(address, 'https://cdi-reports.example.org').pathname;

/** Every string of a catalogue (not its templates), by key path. */
function strings(messages: object, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]: [string, unknown]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : value !== null && typeof value === 'object' ? strings(value, `${prefix}${key}.`) : [],
  );
}

// The English interface strings a Welsh page must not show: those that differ from the Welsh catalogue's (names,
// codes, acronyms and "data" are the same in both, src/i18n/catalogue.test.ts). The acronym HMICFRS is the
// inspectorate's name, which citations and the footer give in both languages.
const welsh = new Map(strings(catalogue.cy));
const english = strings(catalogue.en).filter(([key, value]) => welsh.get(key) !== value && key !== 'term.inspectorate');

/**
 * The interface text of a page: its text and its aria-label, title and alt attributes, leaving out what is marked
 * as English (the English narrative under the English-only note, the data's English notes, a publisher's name, a
 * press rounding, a link to an English page), the text of a citation (its Welsh words are the catalogue's,
 * src/render/phrases.test.ts; it names its sources as they name themselves) and addresses.
 */
function interfaceText(doc: Document): string {
  const root = doc.documentElement.cloneNode(true) as Element;
  for (const element of [...root.querySelectorAll('[lang="en"], [lang="en-GB"], [data-citation], script, style')]) element.remove();
  const labels = [...root.querySelectorAll('[aria-label], [title], [alt]')].map((e) => ['aria-label', 'title', 'alt'].map((a) => e.getAttribute(a) ?? '').join(' '));
  return [root.textContent ?? '', ...labels].join(' ').replace(/https?:\/\/\S+/g, ' ').replace(/\s+/g, ' ');
}

/** The English interface strings a text contains, as whole words. */
function englishIn(text: string): string[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return english.filter(([, value]) => new RegExp(`(^|[^\\p{L}])${escape(value)}($|[^\\p{L}])`, 'u').test(text)).map(([key, value]) => `${key}: "${value}"`);
}

describe('the Welsh edition', () => {
  it('has a page for each Welsh force and for each of its reports, and for each site page with a Welsh edition, and no other', () => {
    const forcePages = welshForces.map((force) => `/cy/forces/${force}/`);
    const sitePages = welshSitePages.map((path) => localePath(path, 'cy'));
    const reportPages = pages.filter((path) => welshForces.some((force) => path.startsWith(`/forces/${force}/`)) && /^\/forces\/[^/]+\/[^/]+\/$/.test(path));
    expect(reportPages.length).toBeGreaterThan(4);
    expect(sitePages).toEqual(expect.arrayContaining(['/cy/overview/', '/cy/coverage/searches/', '/cy/methodology/', '/cy/glossary/', '/cy/corrections/', '/cy/data/', '/cy/data/changes/', '/cy/search/']));
    expect(welshPages).toEqual([...sitePages, ...forcePages, ...reportPages.map((path) => `/cy${path}`)].sort());
  });

  it('marks every Welsh page lang="cy", and every English page en-GB', () => {
    for (const path of welshPages) expect(read(path).documentElement.getAttribute('lang'), path).toBe('cy');
    for (const path of ['/', '/forces/gwent/', '/forces/gwent/2018-cdi/']) expect(read(path).documentElement.getAttribute('lang'), path).toBe('en-GB');
  });

  it('shows no English interface text on a Welsh page or a Welsh embed page', () => {
    expect(welshEmbeds.length).toBeGreaterThan(4);
    const found = [...welshPages, ...welshEmbeds].flatMap((path) => englishIn(interfaceText(read(path))).map((hit) => `${path} ${hit}`));
    expect(found).toEqual([]);
  });

  it('the check finds English interface text, whole words only, and not in what is marked as English', () => {
    const doc = (body: string) => parseHTML(`<!doctype html><html lang="cy"><body>${body}</body></html>`).document as unknown as Document;
    expect(englishIn(interfaceText(doc('<h2>Key figures</h2>')))).toEqual(['report.keyFigures: "Key figures"']);
    expect(englishIn(interfaceText(doc('<nav aria-label="Breadcrumb"></nav>')))).toEqual(['layout.breadcrumb: "Breadcrumb"']);
    expect(englishIn(interfaceText(doc('<div lang="en"><h2>Key figures</h2></div><p>https://example.org/key-figures Ffigurau allweddol</p>')))).toEqual([]);
  });

  it('links each Welsh page to its English page and back, by the language switch and hreflang, with a canonical link of its own', () => {
    for (const path of welshPages) {
      const englishPath = path.slice('/cy'.length);
      expect(pages, path).toContain(englishPath);
      const cy = read(path);
      const en = read(englishPath);
      const alternates = (doc: Document) => Object.fromEntries([...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), pathOf(l.getAttribute('href') ?? '')]));
      const pair = { en: englishPath, cy: path, 'x-default': englishPath };
      expect(alternates(cy), path).toEqual(pair);
      expect(alternates(en), englishPath).toEqual(pair);
      expect(pathOf(cy.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? ''), path).toBe(path);
      expect(pathOf(en.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? ''), englishPath).toBe(englishPath);
      const switchTo = (doc: Document) => [...doc.querySelectorAll('.site-header__languages a')].map((a) => [a.getAttribute('hreflang'), a.getAttribute('lang'), a.getAttribute('href')]);
      expect(switchTo(cy), path).toEqual([['en', 'en', englishPath]]);
      expect(switchTo(en), englishPath).toEqual([['cy', 'cy', path]]);
    }
  });

  it('offers no switch or alternate on a page without a Welsh edition', () => {
    for (const path of ['/forces/kent/', '/forces/metropolitan/2018-cdi/']) {
      const doc = read(path);
      expect(doc.querySelector('.site-header__languages'), path).toBeNull();
      expect(doc.querySelector('link[rel="alternate"][hreflang]'), path).toBeNull();
    }
  });

  it('links the site navigation, the site name and the breadcrumbs of a Welsh page to the Welsh edition of each site page that has one, and to the English page, marked as English, otherwise', () => {
    for (const path of welshPages) {
      const doc = read(path);
      const links = [...doc.querySelectorAll('.site-header__name, .site-header__nav a, .breadcrumbs a')];
      expect(links.length, path).toBeGreaterThan(8);
      for (const link of links) {
        const target = pathOf(link.getAttribute('href') ?? '');
        const englishTarget = target.startsWith('/cy/') ? target.slice('/cy'.length) : target;
        const welshEdition = welshSitePages.includes(englishTarget) || welshPages.includes(`/cy${englishTarget}`);
        expect([target, link.getAttribute('hreflang')], `${path}: ${link.textContent}`).toEqual(welshEdition ? [`/cy${englishTarget}`, null] : [englishTarget, 'en']);
      }
      // The home page is one of them: the site's name leads to the Welsh home page.
      expect(pathOf(doc.querySelector('.site-header__name')?.getAttribute('href') ?? ''), path).toBe('/cy/');
    }
  });

  it('links the Welsh home page to each Welsh force’s Welsh page, and to every other force’s English page marked as English', () => {
    const doc = read('/cy/');
    const forceLinks = [...doc.querySelectorAll('#force-list a')].map((a) => [pathOf(a.getAttribute('href') ?? ''), a.getAttribute('hreflang')]);
    expect(forceLinks.length).toBeGreaterThan(40);
    for (const force of welshForces) expect(forceLinks, force).toContainEqual([`/cy/forces/${force}/`, null]);
    expect(forceLinks).toContainEqual(['/forces/kent/', 'en']);
    expect(forceLinks.filter(([href, hreflang]) => href?.startsWith('/cy/') === (hreflang === 'en'))).toEqual([]);
    // The find box's script speaks Welsh: its words are the page's.
    expect(doc.querySelector('#find-status')?.getAttribute('data-other')).toBe(catalogue.cy.home.findMatches.other);
  });

  it('lists the Welsh pages and the Welsh embed pages in the sitemap, as it lists the English ones', () => {
    const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf(m[1] ?? '')).filter((path) => path.startsWith('/cy/'));
    expect(listed.sort()).toEqual([...welshPages, ...welshEmbeds].sort());
  });

  it('shows the Welsh narrative where there is one, and elsewhere the English one marked as English under the English-only note', () => {
    const withWelsh = read('/cy/forces/dyfed-powys/2021-peel/');
    expect(withWelsh.querySelector('#english-only')).toBeNull();
    expect(withWelsh.querySelector('#findings .lead')?.getAttribute('lang')).toBeNull();
    // The Welsh narrative's placeholders are filled in Welsh: "dros 4,400", never the English "over 4,400".
    expect(withWelsh.querySelector('#findings .lead')?.textContent).toContain('dros 4,400 o droseddau');
    const englishOnly = read('/cy/forces/dyfed-powys/2018-cdi/');
    expect(englishOnly.querySelector('#english-only')?.textContent).toBe(catalogue.cy.sentence.englishOnly());
    expect(englishOnly.querySelector('#findings .lead')?.getAttribute('lang')).toBe('en');
    expect(existsSync(join(outDir, 'cy/forces/dyfed-powys/2018-cdi/index.html'))).toBe(true);
  });

  it('draws the recording-rates chart in Welsh, its downloads the English page’s files, its embed code the Welsh embed page', () => {
    const doc = read('/cy/forces/gwent/2018-cdi/');
    const chart = doc.querySelector('figure.chart#recording-rates');
    expect(chart?.querySelector('h3')?.textContent).toBe(catalogue.cy.chart.recordingRates.heading);
    expect(chart?.querySelector('svg text')).not.toBeNull();
    expect(chart?.querySelector('.embed-code summary')?.firstChild?.textContent).toBe(catalogue.cy.embed.code);
    expect(chart?.querySelector('.embed-code code')?.textContent).toContain('src="https://cdi-reports.example.org/cy/embed/forces/gwent/2018-cdi/recording-rates/"');
    const downloads = [...(chart?.querySelectorAll('.downloads a[download]') ?? [])].map((a) => a.getAttribute('href'));
    expect(downloads).toEqual(['/forces/gwent/2018-cdi/recording-rates.csv', '/forces/gwent/2018-cdi/recording-rates.json', '/forces/gwent/2018-cdi/recording-rates.svg']);
    for (const href of downloads) expect(existsSync(join(outDir, href ?? '')), href ?? '').toBe(true);
  });

  it('shows each chart of the English page in Welsh, or links to the English page for those it does not', () => {
    const ids = (doc: Document) => [...doc.querySelectorAll('figure.chart')].map((figure) => figure.id);
    let charts = 0;
    for (const path of welshPages.filter((p) => /^\/cy\/forces\/[^/]+\/[^/]+\/$/.test(p))) {
      const welshCharts = ids(read(path));
      const englishCharts = ids(read(path.slice('/cy'.length)));
      charts += welshCharts.length;
      expect(englishCharts, path).toEqual(expect.arrayContaining(welshCharts));
      const link = read(path).querySelector('#charts-in-english a')?.getAttribute('href') ?? null;
      expect(link, path).toBe(englishCharts.length > welshCharts.length ? path.slice('/cy'.length) : null);
    }
    expect(charts).toBeGreaterThan(0);
  });

  it('draws a Welsh force page’s chart across its inspections and its change over time in Welsh, the downloads the English page’s files', () => {
    const doc = read('/cy/forces/gwent/');
    const chart = doc.querySelector('figure.chart#rate-over-time');
    expect(chart?.querySelector('h3')?.textContent).toBe(catalogue.cy.trend.chart.heading);
    expect(chart?.querySelector('.chart__summary')?.textContent).toMatch(/^Cyfraddau cofnodi Heddlu Gwent ym mhob arolygiad a gyhoeddodd un, yr hynaf yn gyntaf\. /);
    expect([...(chart?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent)).toEqual(Object.values(catalogue.cy.trend.chart.column));
    const downloads = [...(chart?.querySelectorAll('.downloads a[download]') ?? [])].map((a) => a.getAttribute('href'));
    expect(downloads).toEqual(['/forces/gwent/rate-over-time.csv', '/forces/gwent/rate-over-time.json', '/forces/gwent/rate-over-time.svg']);
    expect(doc.querySelector('#change-heading')?.textContent).toBe(catalogue.cy.forcePage.change.heading);
    expect(doc.querySelector('#change-heading ~ h3')?.textContent).toBe(catalogue.cy.trend.label.overall);
  });

  it('gives each chart of a Welsh page a Welsh embed page: lang="cy", canonical to the chart on the Welsh page, its oEmbed in Welsh, offered by the page', () => {
    const embed = read('/cy/embed/forces/gwent/rate-over-time/');
    expect(embed.documentElement.getAttribute('lang')).toBe('cy');
    expect(embed.querySelector('h1')?.textContent).toBe(`Heddlu Gwent: ${catalogue.cy.trend.chart.heading}`);
    expect(embed.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://cdi-reports.example.org/cy/forces/gwent/#rate-over-time');
    expect(embed.querySelector('.embed__data summary')?.textContent).toBe(catalogue.cy.embed.showData);
    const oembed = JSON.parse(readFileSync(join(outDir, '/cy/embed/forces/gwent/rate-over-time/oembed.json'), 'utf8')) as { title: string; provider_name: string; html: string };
    expect(oembed.provider_name).toBe(catalogue.cy.layout.siteName);
    expect(oembed.html).toContain('src="https://cdi-reports.example.org/cy/embed/forces/gwent/rate-over-time/"');
    const offered = read('/cy/forces/gwent/').querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute('href');
    expect(offered).toBe('https://cdi-reports.example.org/cy/embed/forces/gwent/rate-over-time/oembed.json');
    // Every Welsh embed page is a chart of a Welsh page, and the English embeds stay English.
    for (const path of welshEmbeds) expect(existsSync(join(outDir, path.replace('/cy/embed/', '/cy/').replace(/[^/]+\/$/, ''), 'index.html')), path).toBe(true);
    expect(read('/embed/forces/gwent/rate-over-time/').documentElement.getAttribute('lang')).toBe('en-GB');
  });

  it('writes dates in Welsh', () => {
    expect(read('/cy/forces/dyfed-powys/2021-peel/').querySelector('.summary-list dd')?.textContent).toBe('7 Mai 2021');
  });

  /** A page's Open Graph and named meta tags, by key (a repeated key's values joined by a space). */
  const metaOf = (doc: Document) => {
    const tags: Record<string, string> = {};
    for (const meta of doc.querySelectorAll('meta[property], meta[name]')) {
      const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? '';
      tags[key] = tags[key] === undefined ? (meta.getAttribute('content') ?? '') : `${tags[key]} ${meta.getAttribute('content')}`;
    }
    return tags;
  };

  it('gives every Welsh page a Welsh description and link-preview tags naming its own address, Welsh, and the English edition', () => {
    for (const path of welshPages) {
      const tags = metaOf(read(path));
      const english = metaOf(read(path.slice('/cy'.length)));
      expect(tags.description, path).toBeTruthy();
      expect(tags.description, path).not.toBe(english.description);
      expect(englishIn(tags.description ?? ''), path).toEqual([]);
      expect(tags['og:description'], path).toBe(tags.description);
      expect(pathOf(tags['og:url'] ?? ''), path).toBe(path);
      expect([tags['og:locale'], tags['og:locale:alternate']], path).toEqual(['cy_GB', 'en_GB']);
      expect([english['og:locale'], english['og:locale:alternate']], path).toEqual(['en_GB', 'cy_GB']);
      expect(tags['og:site_name'], path).toBe(catalogue.cy.layout.siteName);
      // A report's card is its own, drawn in Welsh, beside the Welsh page.
      if (english['og:image']) {
        expect(pathOf(tags['og:image'] ?? ''), path).toBe(`${path}card.png`);
        expect(existsSync(join(outDir, pathOf(tags['og:image'] ?? ''))), path).toBe(true);
        expect(tags['og:image:alt'], path).toBe(catalogue.cy.meta.cardAlt({ title: tags['og:title'] ?? '' }));
      }
    }
  });

  it('describes a report with its Welsh title, its date in Welsh and its grade in Welsh', () => {
    const tags = metaOf(read('/cy/forces/dyfed-powys/2021-peel/'));
    expect(tags.description).toContain('(cyhoeddwyd 7 Mai 2021)');
    expect(tags.description).toMatch(new RegExp(`^${catalogue.cy.force['dyfed-powys']}, `));
    expect(tags['citation_abstract_html_url'] && pathOf(tags['citation_abstract_html_url'])).toBe('/cy/forces/dyfed-powys/2021-peel/');
  });

  it('links each Welsh report page to its own PDF in Welsh words, printed beside it in Welsh', () => {
    const reportPages = welshPages.filter((p) => /^\/cy\/forces\/[^/]+\/[^/]+\/$/.test(p));
    for (const path of reportPages) {
      const link = read(path).querySelector('.pdf-link a[download]');
      expect(link?.textContent, path).toBe(catalogue.cy.report.pdf);
      expect(link?.getAttribute('href'), path).toBe('report.pdf');
      expect(read(path).querySelector('.pdf-link .hint')?.textContent, path).toBe(`(${catalogue.cy.report.pdfHint})`);
      const pdf = join(outDir, path, 'report.pdf');
      expect(existsSync(pdf), pdf).toBe(true);
      expect(readFileSync(pdf).equals(readFileSync(join(outDir, path.slice('/cy'.length), 'report.pdf'))), `${path}: the Welsh PDF is the English one`).toBe(false);
    }
  });

  it('links a Welsh report page to the English page’s citation files, saying in Welsh that they are in English', () => {
    const cite = read('/cy/forces/gwent/2018-cdi/').querySelector('#cite-report');
    const files = [...(cite?.querySelectorAll('a[download]') ?? [])].map((a) => a.getAttribute('href'));
    expect(files).toEqual(['/forces/gwent/2018-cdi/citation.bib', '/forces/gwent/2018-cdi/citation.ris', '/forces/gwent/2018-cdi/citation.json']);
    for (const href of files) expect(existsSync(join(outDir, href ?? '')), href ?? '').toBe(true);
    expect(cite?.querySelector('a[download] ~ .hint')?.textContent?.trim()).toBe(`(${catalogue.cy.chart.inEnglish})`);
    expect(read('/forces/gwent/2018-cdi/').querySelector('#cite-report .hint')).toBeNull();
  });
});

describe('the Welsh edition of the site’s own pages', () => {
  const sitePages = welshSitePages.map((path) => localePath(path, 'cy'));

  it('links, from a Welsh page’s navigation, each translated site page’s Welsh edition, and every other page in English, marked as English', () => {
    const nav = [...read('/cy/glossary/').querySelectorAll('.site-header__nav a')].map((a) => [a.getAttribute('href'), a.getAttribute('hreflang')]);
    const inNav = welshSitePages.filter((path) => read('/glossary/').querySelector(`.site-header__nav a[href="${path}"]`));
    expect(inNav).toEqual(expect.arrayContaining(['/methodology/', '/glossary/', '/data/', '/search/']));
    for (const path of inNav) expect(nav, path).toContainEqual([localePath(path, 'cy'), null]);
    for (const [href, hreflang] of nav) if (!href?.startsWith('/cy/')) expect(hreflang, href ?? '').toBe('en');
    // An English page's navigation stays in English, unmarked.
    const english = [...read('/glossary/').querySelectorAll('.site-header__nav a')].map((a) => [a.getAttribute('href'), a.getAttribute('hreflang')]);
    expect(english.filter(([href, hreflang]) => href?.startsWith('/cy/') || hreflang !== null)).toEqual([]);
  });

  it('gives each Welsh site page a Welsh title and heading, the catalogue’s', () => {
    const titles = { '/cy/overview/': catalogue.cy.overview.title, '/cy/coverage/searches/': catalogue.cy.searches.title, '/cy/methodology/': catalogue.cy.methodology.title, '/cy/glossary/': catalogue.cy.glossaryPage.title, '/cy/corrections/': catalogue.cy.correctionsPage.title, '/cy/data/': catalogue.cy.dataPage.title, '/cy/search/': catalogue.cy.searchPage.title, '/cy/data/changes/': catalogue.cy.changesPage.title };
    for (const [path, title] of Object.entries(titles)) {
      expect(sitePages, path).toContain(path);
      expect(read(path).querySelector('h1')?.textContent, path).toBe(title);
      expect(read(path).querySelector('title')?.textContent, path).toBe(`${title} – ${catalogue.cy.layout.siteName}`);
    }
  });

  it('compares the forces in Welsh: each chart drawn in Welsh, its downloads the English page’s files, its embed the Welsh embed page', () => {
    const doc = read('/cy/overview/');
    const charts = [...doc.querySelectorAll('figure.chart')];
    const headings = charts.map((figure) => figure.querySelector('h3')?.textContent);
    const words = catalogue.cy.chart;
    expect(headings).toEqual([words.nationalSeries.heading, words.tileMap.heading, words.nationalRates.heading, words.gradeSpread.heading]);
    for (const figure of charts) {
      const id = figure.getAttribute('id') ?? '';
      expect(figure.querySelector('.chart__svg svg'), id).not.toBeNull();
      expect([...figure.querySelectorAll('.downloads a')].map((a) => pathOf(a.getAttribute('href') ?? '')), id).toEqual([`/overview/${id}.csv`, `/overview/${id}.json`]);
      expect(figure.querySelector('.downloads')?.textContent, id).toContain(catalogue.cy.chart.inEnglish);
      expect(pages, id).toContain(`/cy/embed/overview/${id}/`);
      expect(figure.querySelector('.embed-code a')?.getAttribute('href'), id).toBe(`/cy/embed/overview/${id}/`);
      expect(figure.querySelector('.embed-code code')?.textContent, id).toContain(`/cy/embed/overview/${id}/`);
    }
    // The rates chart's intervals are written in Welsh ("84.8% i 90.4%"), and its axis is the catalogue's.
    const rates = doc.querySelector('#national-rates');
    expect(rates?.querySelector('svg')?.textContent).toContain(words.nationalRates.axis);
    expect(rates?.querySelector('table')?.textContent).toMatch(/\d% i \d/);
    expect(rates?.querySelector('table')?.textContent).not.toMatch(/\d% to \d/);
  });

  it('links the Welsh overview’s table to each Welsh force’s Welsh pages, and to every other force’s English pages marked as English', () => {
    const rows = [...read('/cy/overview/').querySelectorAll('#all-forces tbody tr')];
    expect(rows.length).toBeGreaterThan(40);
    const links = rows.flatMap((row) => [...row.querySelectorAll('a')].map((a) => [pathOf(a.getAttribute('href') ?? ''), a.getAttribute('hreflang')]));
    for (const force of welshForces) expect(links, force).toContainEqual([`/cy/forces/${force}/`, null]);
    expect(links).toContainEqual(['/forces/kent/', 'en']);
    // A link into the Welsh edition is never marked English, and a link out of it always is (the coverage page, where an empty cell says where we looked, has a Welsh edition).
    expect(links.filter(([href, hreflang]) => href?.startsWith('/cy/') === (hreflang === 'en'))).toEqual([]);
    expect(links.filter(([href]) => href?.startsWith('/cy/forces/')).length).toBeGreaterThan(welshForces.length);
  });

  it('links each searched cell of the Welsh coverage page to its queries on the Welsh searches page, the queries marked as the research log’s English', () => {
    const links = [...read('/cy/coverage/').querySelectorAll('a[href*="/coverage/searches/"]')].map((a): [string, string | null] => [a.getAttribute('href') ?? '', a.getAttribute('hreflang')]);
    const searchLinks = links.filter(([href]) => href.includes('#'));
    expect(searchLinks.length).toBeGreaterThan(10);
    const searches = read('/cy/coverage/searches/');
    for (const [href, hreflang] of searchLinks) {
      expect([pathOf(href), hreflang], href).toEqual(['/cy/coverage/searches/', null]);
      expect(searches.getElementById(href.split('#')[1] ?? ''), href).not.toBeNull();
    }
    const queries = [...searches.querySelectorAll('section li')];
    expect(queries.length).toBeGreaterThan(10);
    for (const query of queries) expect(query.querySelector('[lang="en"]')?.textContent, query.textContent ?? '').toMatch(/^“.+” \([a-z]+\)$/);
    // Its breadcrumbs lead to the Welsh home page and the Welsh coverage page.
    expect([...searches.querySelectorAll('.breadcrumbs a')].map((a) => pathOf(a.getAttribute('href') ?? ''))).toEqual(['/cy/', '/cy/coverage/']);
  });

  it('works the methodology’s example out in Welsh from the same figures as the English page', () => {
    const welshText = read('/cy/methodology/').querySelector('main')?.textContent?.replace(/\s+/g, ' ') ?? '';
    const englishText = read('/methodology/').querySelector('main')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(englishText).toContain('the Metropolitan Police Service recorded 459 of 524 crimes that should have been recorded, so p = 459 ÷ 524 = 0.8760, or 87.6%.');
    expect(welshText).toContain('cofnododd y llu Metropolitan Police Service 459 o’r 524 o droseddau a ddylai fod wedi’u cofnodi, felly p = 459 ÷ 524 = 0.8760, neu 87.6%.');
    expect(welshText).toContain('mae hyn yn rhoi 87.6% ±2.82, o 84.8% i 90.4%. Argraffodd yr adroddiad 87.6% ±2.82: yr un ffigur.');
    expect(welshText).toContain('dros 94,500, sef yr hyn y mae’r adroddiad yn ei ddweud (dros 94,500)');
    // Every figure of the English page is on the Welsh page (numbers are written alike in both).
    const figures = (text: string) => (text.match(/\d[\d,.]*%?/g) ?? []).sort();
    expect(figures(welshText)).toEqual(figures(englishText));
  });

  it('names the glossary’s grades in Welsh, keeps each term’s anchor, and says the terms are printed as the reports print them', () => {
    const doc = read('/cy/glossary/');
    expect(doc.querySelector('#requires-improvement dt')?.textContent).toBe('Angen gwella');
    expect(doc.querySelector('#n100 dd')?.textContent).toBe(catalogue.cy.glossary.N100);
    expect([...doc.querySelectorAll('dl div')].map((d) => d.id)).toEqual([...read('/glossary/').querySelectorAll('dl div')].map((d) => d.id));
  });

  it('links the Welsh data page to the dataset’s files, which are in English, saying so beside each', () => {
    const doc = read('/cy/data/');
    const files = [...doc.querySelectorAll('a[download]')];
    expect(files.map((a) => a.getAttribute('href'))).toEqual([...read('/data/').querySelectorAll('a[download]')].map((a) => a.getAttribute('href')));
    for (const a of files) {
      expect(a.getAttribute('hreflang'), a.getAttribute('href') ?? '').toBe('en');
      expect(a.nextElementSibling?.textContent, a.getAttribute('href') ?? '').toBe(`(${catalogue.cy.chart.inEnglish})`);
      expect(existsSync(join(outDir, a.getAttribute('href') ?? '')), a.getAttribute('href') ?? '').toBe(true);
    }
    expect(read('/data/').querySelector('a[download] + .hint')).toBeNull();
    // The columns' meanings are the files' own, in English, and marked so.
    expect(doc.querySelector('#figures-columns ~ * td')?.getAttribute('lang')).toBe('en');
  });

  it('lists each data release’s changes under Welsh headings, the entries marked as the data’s English', () => {
    const doc = read('/cy/data/changes/');
    const headings = [...doc.querySelectorAll('main h3')].map((h) => h.textContent ?? '');
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(heading).toMatch(/^(Arolygiadau a ychwanegwyd|Ffigurau a newidiwyd|Ffigurau a ychwanegwyd|Ffigurau a ddilëwyd) \(\d+\)$/);
    const entries = [...doc.querySelectorAll('main ul.list a')];
    expect(entries.length).toBe(read('/data/changes/').querySelectorAll('main ul.list a').length);
    for (const a of entries) expect(a.getAttribute('lang'), a.getAttribute('href') ?? '').toBe('en');
    expect(read('/cy/data/').querySelector('a[href="/cy/data/changes/"]')).not.toBeNull();
  });

  it('builds a Welsh search index from the Welsh pages, which /cy/search/ reads with Welsh interface text', () => {
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['cy', 'en-gb']);
    const searchable = welshPages.filter((path) => read(path).querySelector('[data-pagefind-body]'));
    expect(searchable.length).toBeGreaterThan(4);
    expect(entry.languages.cy?.page_count).toBe(searchable.length);
    expect(existsSync(join(outDir, 'pagefind', `pagefind.${entry.languages.cy?.hash}.pf_meta`))).toBe(true);
    const search = read('/cy/search/');
    expect(JSON.parse(search.querySelector('#search')?.getAttribute('data-translations') ?? 'null')).toEqual(catalogue.cy.searchPage.ui());
    expect(read('/search/').querySelector('#search')?.hasAttribute('data-translations')).toBe(false);
  });
});
