/**
 * Every address of the site comes from here: the pages and files Astro writes (their site paths, below), and the
 * `href` or absolute URL a page, feed or download writes for one of them (`siteRoutes`). The base path (`--base
 * /cdi/`, for a site in a folder of another site) is passed in explicitly, from the configuration (src/config.ts),
 * so that an address is the same inside Astro, in a unit test and in scripts/.
 *
 * A site path starts with "/" and ends with "/" for a page: "/forces/kent/2018-cdi/". It is what the model keeps
 * (`report.url`) and what Astro's file-based routes under src/pages/ write; `href` puts the base path in front.
 *
 * This module imports nothing of the project: the engine (which names each report's page), render and pages use it.
 */

/** The address a site is served from: its origin and the path it is served under (src/config.ts's `site`). */
export interface SiteAddress {
  /** The canonical address without a path: `https://reports.example.gov.uk`. */
  url: string;
  /** The path the site is served under, with a slash at each end: `/`, or `/cdi/`. */
  base: string;
}

/** The site's pages and files that are not one per report, force or chart. */
export const sitePaths = {
  home: '/',
  overview: '/overview/',
  coverage: '/coverage/',
  betterOrWorse: '/better-or-worse/',
  coverageSearches: '/coverage/searches/',
  methodology: '/methodology/',
  glossary: '/glossary/',
  search: '/search/',
  corrections: '/corrections/',
  correctionsFeed: '/corrections.xml',
  feed: '/feed.xml',
  sitemap: '/sitemap.xml',
  data: '/data/',
  changes: '/data/changes/',
  changesFeed: '/data/changes.xml',
  /** What changed since the latest data release, for reviewers: only in the preview and a --drafts build, never listed. */
  review: '/review/',
  favicon: '/favicon.svg',
  /** The optional script a page that embeds charts loads to fit each frame to its chart. */
  embedResize: '/scripts/embed-resize.js',
} as const;

/**
 * The site's default language, whose pages sit at the root; every other language's edition mirrors them under
 * its code ("/cy/forces/gwent/"). Languages are passed by their code (src/i18n/format.ts lists them): this module
 * imports nothing.
 */
export const defaultLanguage = 'en';

/** A site path in a language's edition: "/forces/gwent/" in Welsh is "/cy/forces/gwent/"; the default language's is the path itself. */
export function localePath(path: string, lang: string = defaultLanguage): string {
  if (!path.startsWith('/')) throw new Error(`localePath: "${path}" is not a site path`);
  return lang === defaultLanguage ? path : `/${lang}${path}`;
}

/**
 * The site's own pages (`sitePaths`) that have a Welsh edition under /cy/. The site navigation, breadcrumbs and
 * language switch link a Welsh page to these in Welsh, and to every other site page in English. One path a line,
 * so that each page added to the Welsh edition is one line here.
 */
export const welshSitePages: readonly string[] = [
  sitePaths.home,
  sitePaths.overview,
  sitePaths.betterOrWorse,
  sitePaths.coverage,
  sitePaths.coverageSearches,
  sitePaths.methodology,
  sitePaths.glossary,
  sitePaths.corrections,
  sitePaths.data,
  sitePaths.changes,
  sitePaths.search,
];

/** Whether a site path is already in a language's edition: "/cy/forces/gwent/" is in Welsh. */
const inEdition = (path: string, lang: string): boolean => lang === defaultLanguage || path.startsWith(`/${lang}/`);

/** Whether a site page ("/overview/", or "/#forces" with an anchor) has an edition in a language: the default language's always. */
export const hasSitePageIn = (path: string, lang: string): boolean =>
  inEdition(path, lang) || (lang === 'cy' && welshSitePages.includes(path.split('#')[0] ?? path));

/** A site page's address in a language: its edition in that language where it has one (`welshSitePages`), else the default language's page. */
export const sitePageIn = (path: string, lang: string = defaultLanguage): string =>
  !inEdition(path, lang) && hasSitePageIn(path, lang) ? localePath(path, lang) : path;

/** A report's page: "/forces/kent/2018-cdi/", in Welsh "/cy/forces/gwent/2018-cdi/". */
export const reportPath = (inspection: { force: string; slug: string }, lang: string = defaultLanguage): string =>
  localePath(`/forces/${inspection.force}/${inspection.slug}/`, lang);

/** A force's page: "/forces/kent/", in Welsh "/cy/forces/gwent/". */
export const forcePath = (forceId: string, lang: string = defaultLanguage): string => localePath(`/forces/${forceId}/`, lang);

/** A force's Atom feed of its inspections and corrections: "/forces/kent/feed.xml". */
export const forceFeedPath = (forceId: string): string => `${forcePath(forceId)}feed.xml`;

/** The formats of a chart's downloads, each a file beside the chart's page named by the chart's id. */
export type ChartFormat = 'csv' | 'json' | 'svg';

/** A chart download's file name, as the page that shows the chart links it (the file sits beside the page): "recording-rates.csv". */
export const chartFileName = (chartId: string, format: ChartFormat): string => `${chartId}.${format}`;

/** A chart's place on its page, its anchor: "/forces/kent/2018-cdi/#recording-rates". */
export const chartAnchorPath = (pagePath: string, chartId: string): string => `${pagePath}#${chartId}`;

/** A figure's anchor on its report page: "figure-violence". */
export const figureAnchor = (measure: string): string => `figure-${measure}`;

/**
 * The embed page mirrors the chart's page under /embed/: "/embed/forces/kent/2018-cdi/recording-rates/",
 * "/embed/overview/tile-map/"; a chart of a page in another language under that language's folder:
 * "/cy/embed/forces/gwent/rate-over-time/" (`pagePath` is the English page's path).
 */
export const embedPath = (pagePath: string, chartId: string, lang: string = defaultLanguage): string => localePath(`/embed${pagePath}${chartId}/`, lang);

/** The embed page's path below /embed/, the parameter of its route (src/pages/embed/[...path]/). */
export const embedParam = (pagePath: string, chartId: string): string => embedPath(pagePath, chartId).slice('/embed/'.length, -1);

/** The oEmbed response of a chart, a static file in its embed page's folder. */
export const oembedPath = (pagePath: string, chartId: string, lang: string = defaultLanguage): string => `${embedPath(pagePath, chartId, lang)}oembed.json`;

/** The page that draws a chart's PNG in the reader's browser from its SVG download. */
export const chartPngPath = (pagePath: string, chartId: string): string => `/chart-png/?chart=${pagePath.slice(1)}${chartId}`;

/** The formats of a report's citation, each a file beside the report's page. */
export type CitationFormat = 'bib' | 'ris' | 'json';

/** A citation file's name, as the report page links it (beside the page): "citation.bib". */
export const citationFileName = (format: CitationFormat): string => `citation.${format}`;

/** A report's PDF, as the report page links it (beside the page). */
export const pdfFileName = 'report.pdf';

/** A report's PDF: "/forces/kent/2018-cdi/report.pdf". */
export const pdfPath = (pagePath: string): string => `${pagePath}${pdfFileName}`;

/** The dataset's files, whole: "/data/figures.csv". */
export const datasetPath = (file: 'figures.csv' | 'inspections.csv' | 'figures.json' | 'datapackage.json'): string => `/data/${file}`;

/** A report's social card, beside its page: "/forces/kent/2018-cdi/card.png". */
export const cardPath = (pagePath: string): string => `${pagePath}card.png`;

/** A data release's page: "/data/releases/1.0.0/". */
export const releasePath = (version: string): string => `/data/releases/${version}/`;

/** A release's entry on the change log: "/data/changes/#release-1.0.0". */
export const releaseChangesPath = (version: string): string => `${sitePaths.changes}#release-${version}`;

/** A site path as the `href` or `src` a page writes, under the base path: "/overview/" → "/cdi/overview/". */
export function href(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`href: "${path}" is not a site path (one that starts with a single "/")`);
  return `${base}${path.slice(1)}`;
}

/**
 * A site path as an absolute URL on the canonical site (`--site`). Citations, feeds, the sitemap, social cards
 * and downloads are read away from the site, so a relative address would be useless there.
 */
export function absoluteUrl(path: string, site: SiteAddress): string {
  return new URL(href(path, site.base), site.url).href;
}

/**
 * An HTML fragment of the model (narrative markdown, with its glossary links) with each link to a site path
 * under the base path. markdown-it and linkTerms write every attribute as `href="…"` and escape `"` in text,
 * so the pattern can only meet a real link.
 */
export function linksUnderBase(html: string, base: string): string {
  return html.replace(/ href="\/(?!\/)/g, ` href="${base}`);
}

/** The addresses of one site: what pages and render modules write, with its base path and origin bound. */
export interface SiteRoutes {
  site: SiteAddress;
  href: (path: string) => string;
  absolute: (path: string) => string;
  linksUnderBase: (html: string) => string;
  /**
   * A link to a site page ("/overview/", "/#forces") from a page in `lang`: its edition in that language where it has
   * one, else the default language's page, marked with that language for the link's `hreflang`.
   */
  sitePage: (path: string, lang: string) => { href: string; hreflang: string | undefined };
}

/** The addresses of the site served from `site`. */
export function siteRoutes(site: SiteAddress): SiteRoutes {
  return {
    site,
    href: (path) => href(path, site.base),
    absolute: (path) => absoluteUrl(path, site),
    linksUnderBase: (html) => linksUnderBase(html, site.base),
    sitePage: (path, lang) => ({ href: href(sitePageIn(path, lang), site.base), hreflang: hasSitePageIn(path, lang) ? undefined : defaultLanguage }),
  };
}
