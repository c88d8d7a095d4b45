import type { Report, Site } from '../../engine/compute/model.ts';
import type { ChartSpec } from '../charts/ChartSpec.ts';
import { chartsOf } from '../charts/chartsOf.ts';

/** One static path per chart of every report: /forces/<force>/<slug>/<chart-id>.<format>. */
export function chartPaths(site: Site): { params: { force: string; slug: string; chart: string }; props: { report: Report; spec: ChartSpec } }[] {
  return site.reports.flatMap((report) =>
    chartsOf(report).map((spec) => ({ params: { force: report.force.id, slug: report.slug, chart: spec.id }, props: { report, spec } })),
  );
}
