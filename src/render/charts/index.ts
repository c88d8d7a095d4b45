import type { Voice } from '../../config.ts';
import type { Report, Site } from '../../engine/compute/model.ts';
import type { Locale } from '../../i18n/index.ts';
import { countedFindingsChart, n100Chart } from './countedChart.ts';
import { gradeSpreadChart, nationalRatesChart } from './nationalCharts.ts';
import { nationalSeriesChart } from './nationalSeriesChart.ts';
import { rapeOutcomesChart } from './rapeOutcomesChart.ts';
import { rateOverTimeChart } from './rateOverTimeChart.ts';
import { recordingRatesChart } from './recordingRatesChart.ts';
import type { ChartModule, ChartSpec } from './spec.ts';
import { tileMapChart } from './tileMapChart.ts';
import { unrecordedChart } from './unrecordedChart.ts';

/*
 * The registry of charts by page type: a report page's, a force page's and the overview's. Pages, the chart
 * downloads and the embed pages all take their charts from here, each drawn once per build.
 */

/** In the order the report page shows them: the key figures first, then question 1, then question 2. */
const modules: readonly ChartModule[] = [unrecordedChart, recordingRatesChart, rapeOutcomesChart, n100Chart, countedFindingsChart];

/** The charts whose words are in the catalogue in every language: a page in another language shows these (the others on its English page). */
const bilingual: readonly ChartModule[] = [unrecordedChart, recordingRatesChart];

// The page and each of its downloads ask for the same report's charts: draw them once per build, voice and language.
const drawn = new Map<string, WeakMap<Report, ChartSpec[]>>();

/** The charts of one report page, leaving out those the report has no data for; `voice` is the site's (config.voice), `lang` the page's. */
export function reportCharts(report: Report, voice: Voice = 'independent', lang: Locale = 'en'): ChartSpec[] {
  const key = `${voice} ${lang}`;
  const inVoice = drawn.get(key) ?? new WeakMap<Report, ChartSpec[]>();
  drawn.set(key, inVoice);
  let charts = inVoice.get(report);
  if (!charts) {
    charts = (lang === 'en' ? modules : bilingual).map((chart) => chart(report, voice, lang)).filter((spec) => spec !== null);
    inVoice.set(report, charts);
  }
  return charts;
}

/** One static path per chart of every report, for its downloads: /forces/<force>/<slug>/<chart-id>.<format>. */
export function chartPaths(site: Site, voice: Voice = 'independent'): { params: { force: string; slug: string; chart: string }; props: { report: Report; spec: ChartSpec } }[] {
  return site.reports.flatMap((report) =>
    reportCharts(report, voice).map((spec) => ({ params: { force: report.force.id, slug: report.slug, chart: spec.id }, props: { report, spec } })),
  );
}

type ForceTrends = Site['forces'][number];
const drawnForForce = new Map<Locale, WeakMap<ForceTrends, ChartSpec | null>>();

/** A force page's chart of its recording rates across inspections, in the page's language, drawn once per build and language; null where it has none. */
export function forceChart(force: ForceTrends, lang: Locale = 'en'): ChartSpec | null {
  const inLang = drawnForForce.get(lang) ?? new WeakMap<ForceTrends, ChartSpec | null>();
  drawnForForce.set(lang, inLang);
  if (!inLang.has(force)) inLang.set(force, rateOverTimeChart(force, lang));
  return inLang.get(force)!;
}

/** One static path per force chart, for its downloads: /forces/<force>/<chart-id>.<format>. */
export function forceChartPaths(site: Site): { params: { force: string; chart: string }; props: { force: ForceTrends; spec: ChartSpec } }[] {
  return site.forces.flatMap((force) => {
    const spec = forceChart(force);
    return spec ? [{ params: { force: force.id, chart: spec.id }, props: { force, spec } }] : [];
  });
}

/** The overview's charts, by the place each has on its page: the national series, the tile map, the rates, the grades. */
export interface OverviewCharts {
  /** The national recording rates over time; null where the data has none. */
  series: ChartSpec | null;
  /** The tile grid map; null where no force can be placed on it. */
  map: ChartSpec | null;
  /** Every force's latest overall rate; null where none has one. */
  rates: ChartSpec | null;
  grades: ChartSpec;
}

// The overview's charts and the home page's map are drawn once per build and base path, whatever asks for them.
const drawnForSite = new WeakMap<Site, Map<string, { overview: OverviewCharts; homeMap: ChartSpec | null }>>();

function siteCharts(site: Site, base: string): { overview: OverviewCharts; homeMap: ChartSpec | null } {
  const byBase = drawnForSite.get(site) ?? new Map<string, { overview: OverviewCharts; homeMap: ChartSpec | null }>();
  drawnForSite.set(site, byBase);
  let charts = byBase.get(base);
  if (!charts) {
    charts = {
      overview: drawOverview(site, base, 'en'),
      homeMap: tileMapChart(site.national, base, { compact: true }),
    };
    byBase.set(base, charts);
  }
  return charts;
}

/** The overview's charts in a language, drawn afresh. */
const drawOverview = (site: Site, base: string, lang: Locale): OverviewCharts => ({
  series: nationalSeriesChart(site.reports, lang),
  map: tileMapChart(site.national, base, { lang }),
  rates: nationalRatesChart(site.national, lang, site.reports),
  grades: gradeSpreadChart(site.national, lang),
});

// The overview's charts in another language than English, drawn once per build, base path and language.
const drawnOverviewIn = new WeakMap<Site, Map<string, OverviewCharts>>();

/** The overview's charts, drawn once per build and language (`base`: the site's base path, for the map's links to force pages). */
export function overviewCharts(site: Site, base: string, lang: Locale = 'en'): OverviewCharts {
  if (lang === 'en') return siteCharts(site, base).overview;
  const byKey = drawnOverviewIn.get(site) ?? new Map<string, OverviewCharts>();
  drawnOverviewIn.set(site, byKey);
  const key = `${base} ${lang}`;
  if (!byKey.has(key)) byKey.set(key, drawOverview(site, base, lang));
  return byKey.get(key)!;
}

/** The overview's charts in the page's order, those it has. */
export function overviewChartList(charts: OverviewCharts): ChartSpec[] {
  return [charts.series, charts.map, charts.rates, charts.grades].filter((spec) => spec !== null);
}

// The home page's charts in another language than English, drawn once per build, base path and language.
const drawnInLanguage = new WeakMap<Site, Map<string, { series: ChartSpec | null; map: ChartSpec | null }>>();

/** The home page's charts in a language: the national series and the compact map, in English those the overview and the home page share. */
export function homeCharts(site: Site, base: string, lang: Locale): { series: ChartSpec | null; map: ChartSpec | null } {
  if (lang === 'en') return { series: overviewCharts(site, base).series, map: siteCharts(site, base).homeMap };
  const byKey = drawnInLanguage.get(site) ?? new Map<string, { series: ChartSpec | null; map: ChartSpec | null }>();
  drawnInLanguage.set(site, byKey);
  const key = `${base} ${lang}`;
  let charts = byKey.get(key);
  if (!charts) {
    charts = { series: overviewCharts(site, base, lang).series, map: tileMapChart(site.national, base, { compact: true, lang }) };
    byKey.set(key, charts);
  }
  return charts;
}

/** One static path per overview chart, for its downloads: /overview/<chart-id>.<format>. */
export function overviewChartPaths(site: Site, base: string): { params: { chart: string }; props: { spec: ChartSpec } }[] {
  return overviewChartList(overviewCharts(site, base)).map((spec) => ({ params: { chart: spec.id }, props: { spec } }));
}
