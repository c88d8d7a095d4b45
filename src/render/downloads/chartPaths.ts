import type { Report } from '../../engine/model.ts';
import { getSite } from '../../site/model.ts';
import { reportCharts } from '../charts/index.ts';
import type { ChartSpec } from '../charts/spec.ts';

/** One static path per chart of every report: /forces/<force>/<slug>/<chart-id>.<format>. */
export function chartPaths(): { params: { force: string; slug: string; chart: string }; props: { report: Report; spec: ChartSpec } }[] {
  return getSite().reports.flatMap((report) =>
    reportCharts(report).map((spec) => ({ params: { force: report.force.id, slug: report.slug, chart: spec.id }, props: { report, spec } })),
  );
}
