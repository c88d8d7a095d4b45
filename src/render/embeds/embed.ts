import type { Report, Site } from '../../engine/compute/model.ts';
import { forceChart, overviewCharts, reportCharts, type OverviewCharts } from '../charts/index.ts';
import { chartLayouts, layoutClass } from '../charts/layouts.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { absoluteUrl, chartAnchorPath, embedPath as embedSitePath, forcePath, localePath, oembedPath as oembedSitePath, sitePaths, type SiteAddress } from '../../routes.ts';
import { forceName, reportTitle } from '../localised.ts';
import { sourceLine } from '../phrases.ts';
import { escapeXml } from '../xml.ts';
import type { Voice } from '../../config.ts';
import { hasWelshEdition, messages, type Locale } from '../../i18n/index.ts';

/** A chart and the page that shows it, in one language: the embed page, in that language, links back to it and names it as canonical. */
export interface PlacedChart {
  spec: ChartSpec;
  /** Site path of the English edition of the page that shows the chart, e.g. "/forces/metropolitan/2018-cdi/" or "/overview/". */
  pagePath: string;
  /** What that page is, for the link back: "Metropolitan Police Service: Crime data integrity inspection 2018". */
  pageTitle: string;
  /** The language of the page, its chart and its embed page. */
  lang: Locale;
}

/** One of a report's charts, on its page in `lang`. */
export function reportPlacedChart(report: Report, spec: ChartSpec, lang: Locale = 'en'): PlacedChart {
  return { spec, pagePath: report.url, pageTitle: `${forceName(lang, report.force)}: ${reportTitle(lang, report)}`, lang };
}

/** A report's charts, on its page in `lang`. */
export function reportPlacedCharts(report: Report, voice: Voice = 'independent', lang: Locale = 'en'): PlacedChart[] {
  return reportCharts(report, voice, lang).map((spec) => reportPlacedChart(report, spec, lang));
}

/** A force page's chart across its inspections, on its page in `lang`; none for a force without one. */
export function forcePlacedCharts(force: Site['forces'][number], lang: Locale = 'en'): PlacedChart[] {
  const spec = forceChart(force, lang);
  return spec ? [{ spec, pagePath: forcePath(force.id), pageTitle: forceName(lang, force), lang }] : [];
}

/** The charts of the Welsh edition's pages (each Welsh force's page and its reports' pages, and the overview), each with a Welsh embed page. */
export function welshPlacedCharts(site: Site, base: string, voice: Voice = 'independent'): PlacedChart[] {
  return [
    ...site.reports.filter((report) => hasWelshEdition(report.force.id)).flatMap((report) => reportPlacedCharts(report, voice, 'cy')),
    ...site.forces.filter((force) => hasWelshEdition(force.id)).flatMap((force) => forcePlacedCharts(force, 'cy')),
    ...overviewChartsIn(overviewPlacedCharts(site, base, 'cy')),
  ];
}

/** The overview's charts (charts/index.ts), each on the overview page, by its place there (`base`: the site's base path, for the map's links). */
export type OverviewPlacedCharts = { [K in keyof OverviewCharts]: OverviewCharts[K] extends ChartSpec ? PlacedChart : PlacedChart | null };

export function overviewPlacedCharts(site: Site, base: string, lang: Locale = 'en'): OverviewPlacedCharts {
  const place = (spec: ChartSpec): PlacedChart => ({ spec, pagePath: sitePaths.overview, pageTitle: messages(lang).overview.title, lang });
  const { series, map, rates, grades } = overviewCharts(site, base, lang);
  return { series: series && place(series), map: map && place(map), rates: rates && place(rates), grades: place(grades) };
}

/** The overview's placed charts in the page's order, those it has. */
const overviewChartsIn = ({ series, map, rates, grades }: OverviewPlacedCharts): PlacedChart[] => [series, map, rates, grades].filter((chart) => chart !== null);

/** Every chart of the site, each with an embed page: each report's, each force page's, then the overview's. */
export function placedCharts(site: Site, base: string, voice: Voice = 'independent'): PlacedChart[] {
  return [...site.reports.flatMap((report) => reportPlacedCharts(report, voice)), ...site.forces.flatMap((force) => forcePlacedCharts(force)), ...overviewChartsIn(overviewPlacedCharts(site, base))];
}

/** The chart's embed page, in its language (src/routes.ts). */
export function embedPath({ spec, pagePath, lang }: PlacedChart): string {
  return embedSitePath(pagePath, spec.id, lang);
}

/** The oEmbed response of a chart, a static file in its embed page's folder. */
export function oembedPath({ spec, pagePath, lang }: PlacedChart): string {
  return oembedSitePath(pagePath, spec.id, lang);
}

/** The chart's anchor on its page in its language: the embed page's canonical address. */
export function chartAnchorUrl({ spec, pagePath, lang }: PlacedChart, site: SiteAddress): string {
  return absoluteUrl(chartAnchorPath(localePath(pagePath, lang), spec.id), site);
}

/** The embed page's title (naming the force and inspection, or the overview), source line and link back, in words in its language: the page shows these and its height counts them. */
export function embedTexts(chart: PlacedChart): { title: string; source: string; back: string } {
  const t = messages(chart.lang);
  return { title: `${chart.pageTitle}: ${chart.spec.heading}`, source: sourceLine(chart.spec.source, chart.lang), back: t.embed.back({ page: chart.pageTitle, site: t.layout.siteName }) };
}

/*
 * The embed page's layout, which embed.css follows: the frame height is worked out from these, since a static
 * embed cannot measure itself. Text is estimated at a generous average glyph width, so that it wraps no later than
 * the browser wraps it.
 */
export const embedLayout = {
  /** Narrowest and widest frame the height must fit, in CSS pixels. */
  widths: [320, 640],
  padding: 12,
  /** Line heights in pixels: heading (18px type), body (16px), small (14px). */
  headingLine: 24,
  bodyLine: 22,
  smallLine: 19,
  /** Average glyph width as a share of the type size: Arial's text averages about 0.5, DejaVu Sans (where Arial is missing) about 0.55. */
  glyph: 0.6,
  /** Space under each block: heading, summary, chart, notes, "show the data", source and link back. */
  gap: 10,
} as const;

function lines(text: string, fontSize: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * embedLayout.glyph)));
  // Wrapping at word boundaries leaves each line short by up to a word: count words into lines as the browser does.
  let count = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = word.length + (used > 0 ? 1 : 0);
    if (used + length > perLine && used > 0) {
      count += Math.ceil(word.length / perLine);
      used = word.length % perLine;
    } else used += length;
  }
  return count;
}

/**
 * The height of the drawing the page shows in a container `width` px wide: the layout whose range holds the width
 * (as the container queries choose it), scaled from its viewBox to the container's full width.
 */
function drawingHeight(spec: ChartSpec, width: number): number {
  const layout = chartLayouts.findLast((l) => l.from <= width) ?? chartLayouts[0];
  const drawing = spec.drawings.find((d) => d.width === layout.width);
  if (!drawing) throw new Error(`embedHeight: chart "${spec.id}" has no ${layout.width} px drawing`);
  return (drawing.height * width) / drawing.width;
}

/** The height of the embed page at one frame width. */
function heightAt(chart: PlacedChart, frameWidth: number): number {
  const texts = embedTexts(chart);
  const { padding, headingLine, bodyLine, smallLine, gap } = embedLayout;
  const width = frameWidth - 2 * padding;
  const { spec } = chart;
  const chartHeight = drawingHeight(spec, width);
  const notes = spec.notPublished.reduce((sum, note) => sum + lines(note, 14, width - 20) * smallLine, 0);
  return Math.ceil(
    2 * padding +
      lines(texts.title, 18, width) * headingLine + gap +
      lines(spec.summary, 16, width) * bodyLine + gap +
      chartHeight + gap +
      (notes > 0 ? notes + gap : 0) +
      smallLine + gap +
      lines(texts.source, 14, width) * smallLine + gap +
      lines(texts.back, 14, width) * smallLine,
  );
}

/** The frame height that fits the chart at every width from the narrowest to the widest, in steps of 20 pixels. */
export function embedHeight(chart: PlacedChart): number {
  const [narrow, wide] = embedLayout.widths;
  let height = 0;
  for (let width = narrow; width <= wide; width += 20) height = Math.max(height, heightAt(chart, width));
  return height;
}

/**
 * The code to paste into a page: a full-width frame with a title naming the force and inspection and the height that
 * fits, then the optional script that fits the frame to its content at any width (left out, the height stays).
 */
export function iframeCode(chart: PlacedChart, site: SiteAddress): string {
  const src = absoluteUrl(embedPath(chart), site);
  const frame = `<iframe src="${escapeXml(src)}" title="${escapeXml(embedTexts(chart).title)}" width="100%" height="${embedHeight(chart)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  return `${frame}<script src="${escapeXml(absoluteUrl(sitePaths.embedResize, site))}" async></script>`;
}

/** The chart's oEmbed response (type "rich"), for sites that turn a pasted address into an embed. */
export function oembedJson(chart: PlacedChart, site: SiteAddress): string {
  const response = {
    version: '1.0',
    type: 'rich',
    title: embedTexts(chart).title,
    html: iframeCode(chart, site),
    width: embedLayout.widths[1],
    height: embedHeight(chart),
    provider_name: messages(chart.lang).layout.siteName,
    provider_url: absoluteUrl(sitePaths.home, site),
    author_name: 'HMICFRS',
    author_url: chart.spec.source.url,
    cache_age: 86400,
  };
  return `${JSON.stringify(response, null, 2)}\n`;
}
