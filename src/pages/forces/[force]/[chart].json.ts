import type { APIRoute } from 'astro';
import type { Site } from '../../../engine/compute/model.ts';
import { forceChartPaths } from '../../../render/charts/index.ts';
import type { ChartSpec } from '../../../render/charts/spec.ts';
import { buildStamp, packageVersion } from '../../../render/downloads/buildStamp.ts';
import { forceChartSidecar } from '../../../render/downloads/csv.ts';
import { citeForceChart, releaseName } from '../../../render/phrases.ts';
import { absoluteUrl, chartAnchorPath, forcePath } from '../../../routes.ts';
import { config, model } from 'virtual:cdi/model';

export const getStaticPaths = () => forceChartPaths(model);

/** The sidecar of a force chart's CSV: its provenance, citation and release, as the force page's "Cite this chart" gives them. */
export const GET: APIRoute<{ force: Site['forces'][number]; spec: ChartSpec }> = ({ props: { force, spec } }) => {
  const pageUrl = absoluteUrl(forcePath(force.id), config.site);
  const release = releaseName(force.release);
  const json = forceChartSidecar(force, spec, {
    url: absoluteUrl(chartAnchorPath(forcePath(force.id), spec.id), config.site),
    citation: `${citeForceChart(force.name, spec, pageUrl)} (${release})`,
    release,
    version: buildStamp(model, packageVersion(config.root)),
  });
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
