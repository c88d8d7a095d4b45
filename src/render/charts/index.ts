import type { Voice } from '../../config.ts';
import type { National, Report, Site } from '../../engine/compute/model.ts';
import { countedFindingsChart, n100Chart } from './countedChart.ts';
import { gradeSpreadChart, nationalRatesChart } from './nationalCharts.ts';
import { rapeOutcomesChart } from './rapeOutcomesChart.ts';
import { rateOverTimeChart } from './rateOverTimeChart.ts';
import { recordingRatesChart } from './recordingRatesChart.ts';
import { tileMapChart } from './tileMapChart.ts';
import type { ChartModule, ChartSpec } from './spec.ts';
import { unrecordedChart } from './unrecordedChart.ts';

/*
 * The registry of charts by page type: a report page's, a force page's and the overview's. Pages, the chart
 * downloads and the embed pages all take their charts from here, each drawn once per build.
 */

/** In the order the report page shows them: the key figures first, then question 1, then question 2. */
const modules: readonly ChartModule[] = [unrecordedChart, recordingRatesChart, rapeOutcomesChart, n100Chart, countedFindingsChart];

// The page and each of its downloads ask for the same report's charts: draw them once per build and voice.
const drawn = new Map<Voice, WeakMap<Report, ChartSpec[]>>();

/** The charts of one report page, leaving out those the report has no data for; `voice` is the site's (config.voice). */
export function reportCharts(report: Report, voice: Voice = 'independent'): ChartSpec[] {
  const inVoice = drawn.get(voice) ?? new WeakMap<Report, ChartSpec[]>();
  drawn.set(voice, inVoice);
  let charts = inVoice.get(report);
  if (!charts) {
    charts = modules.map((chart) => chart(report, voice)).filter((spec) => spec !== null);
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

/** The overview's charts, by the place each has on its page: the tile map, the rates, the grades. */
export interface OverviewCharts {
  /** The tile grid map; null where no force can be placed on it. */
  map: ChartSpec | null;
  /** Every force's latest overall rate; null where none has one. */
  rates: ChartSpec | null;
  grades: ChartSpec;
}

const drawnOverview = new WeakMap<National, Map<string, OverviewCharts>>();

/** The overview's charts, drawn once per build (`base`: the site's base path, for the map's links to force pages). */
export function overviewCharts(national: National, base: string): OverviewCharts {
  let byBase = drawnOverview.get(national);
  if (!byBase) drawnOverview.set(national, (byBase = new Map()));
  let charts = byBase.get(base);
  if (!charts) {
    charts = { map: tileMapChart(national, base), rates: nationalRatesChart(national), grades: gradeSpreadChart(national) };
    byBase.set(base, charts);
  }
  return charts;
}
