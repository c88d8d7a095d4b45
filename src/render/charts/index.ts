import type { Report, Site } from '../../engine/compute/model.ts';
import { countedFindingsChart, n100Chart } from './countedChart.ts';
import { gradeSpreadChart, nationalRatesChart } from './nationalCharts.ts';
import { nationalSeriesChart } from './nationalSeriesChart.ts';
import { rapeOutcomesChart } from './rapeOutcomesChart.ts';
import { rateOverTimeChart } from './rateOverTimeChart.ts';
import { recordingRatesChart } from './recordingRatesChart.ts';
import type { ChartModule, ChartSpec } from './spec.ts';
import { tileMapChart } from './tileMapChart.ts';
import { unrecordedChart } from './unrecordedChart.ts';

/** In the order the report page shows them: the key figures first, then question 1, then question 2. */
const modules: readonly ChartModule[] = [unrecordedChart, recordingRatesChart, rapeOutcomesChart, n100Chart, countedFindingsChart];

// The page and each of its downloads ask for the same report's charts: draw them once per build.
const drawn = new WeakMap<Report, ChartSpec[]>();

/** The charts of one report page, leaving out those the report has no data for. */
export function reportCharts(report: Report): ChartSpec[] {
  let charts = drawn.get(report);
  if (!charts) {
    charts = modules.map((chart) => chart(report)).filter((spec) => spec !== null);
    drawn.set(report, charts);
  }
  return charts;
}

/** One static path per chart of every report, for its downloads: /forces/<force>/<slug>/<chart-id>.<format>. */
export function chartPaths(site: Site): { params: { force: string; slug: string; chart: string }; props: { report: Report; spec: ChartSpec } }[] {
  return site.reports.flatMap((report) =>
    reportCharts(report).map((spec) => ({ params: { force: report.force.id, slug: report.slug, chart: spec.id }, props: { report, spec } })),
  );
}

type ForceTrends = Site['forces'][number];
const drawnForForce = new WeakMap<ForceTrends, ChartSpec | null>();

/** A force page's chart of its recording rates across inspections, drawn once per build; null where it has none. */
export function forceChart(force: ForceTrends): ChartSpec | null {
  if (!drawnForForce.has(force)) drawnForForce.set(force, rateOverTimeChart(force));
  return drawnForForce.get(force)!;
}

/** One static path per force chart, for its downloads: /forces/<force>/<chart-id>.<format>. */
export function forceChartPaths(site: Site): { params: { force: string; chart: string }; props: { force: ForceTrends; spec: ChartSpec } }[] {
  return site.forces.flatMap((force) => {
    const spec = forceChart(force);
    return spec ? [{ params: { force: force.id, chart: spec.id }, props: { force, spec } }] : [];
  });
}

// The overview's charts and the home page's map are drawn once per build and base path, whatever asks for them.
const drawnForSite = new WeakMap<Site, Map<string, { overview: ChartSpec[]; homeMap: ChartSpec | null }>>();

function siteCharts(site: Site, base: string): { overview: ChartSpec[]; homeMap: ChartSpec | null } {
  const byBase = drawnForSite.get(site) ?? new Map<string, { overview: ChartSpec[]; homeMap: ChartSpec | null }>();
  drawnForSite.set(site, byBase);
  let charts = byBase.get(base);
  if (!charts) {
    const overview = [nationalSeriesChart(site.reports), tileMapChart(site.national, base), nationalRatesChart(site.national), gradeSpreadChart(site.national)];
    charts = { overview: overview.filter((spec) => spec !== null), homeMap: tileMapChart(site.national, base, { compact: true }) };
    byBase.set(base, charts);
  }
  return charts;
}

/** The overview's charts, in the page's order: the national series, the tile map, the rates, the grades (`base`: the base path, for the map's links). */
export const overviewCharts = (site: Site, base: string): ChartSpec[] => siteCharts(site, base).overview;

/** The home page's compact map of the forces. */
export const homeMap = (site: Site, base: string): ChartSpec | null => siteCharts(site, base).homeMap;

/** One static path per overview chart, for its downloads: /overview/<chart-id>.<format>. */
export function overviewChartPaths(site: Site, base: string): { params: { chart: string }; props: { spec: ChartSpec } }[] {
  return overviewCharts(site, base).map((spec) => ({ params: { chart: spec.id }, props: { spec } }));
}
