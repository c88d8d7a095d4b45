import type { APIRoute } from 'astro';
import type { Site } from '../../../engine/compute/model.ts';
import { forceRelease, releaseName } from '../../../releases/releaseLog.ts';
import { siteReleases } from '../../../releases/siteReleases.ts';
import { forceChartPaths } from '../../../render/charts/index.ts';
import type { ChartSpec } from '../../../render/charts/spec.ts';
import { buildStamp, packageVersion } from '../../../render/downloads/buildStamp.ts';
import { forceChartSidecar } from '../../../render/downloads/csv.ts';
import { citeForceChart } from '../../../render/phrases.ts';
import { absoluteUrl } from '../../../render/url.ts';
import { config, model } from 'virtual:cdi/model';

export const getStaticPaths = () => forceChartPaths(model);

/** The sidecar of a force chart's CSV: its provenance, citation and release, as the force page's "Cite this chart" gives them. */
export const GET: APIRoute<{ force: Site['forces'][number]; spec: ChartSpec }> = ({ props: { force, spec }, site }) => {
  const pageUrl = absoluteUrl(`/forces/${force.id}/`, site);
  const release = releaseName(forceRelease(siteReleases(model, config.inputRoot, site).log, force));
  const json = forceChartSidecar(force, spec, {
    url: `${pageUrl}#${spec.id}`,
    citation: `${citeForceChart(force, spec, pageUrl)} (${release})`,
    release,
    version: buildStamp(model, packageVersion()),
  });
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
