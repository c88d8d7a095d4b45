import type { Report, Site } from '../../engine/model.ts';
import { reportCharts } from '../charts/index.ts';
import type { ChartSpec } from '../charts/spec.ts';

/** One static path per chart of every report: /forces/<force>/<slug>/<chart-id>.<format>. */
export function chartPaths(site: Site): { params: { force: string; slug: string; chart: string }; props: { report: Report; spec: ChartSpec } }[] {
  return site.reports.flatMap((report) =>
    reportCharts(report).map((spec) => ({ params: { force: report.force.id, slug: report.slug, chart: spec.id }, props: { report, spec } })),
  );
}
