import type { APIRoute } from 'astro';
import { overviewChartPaths } from '../../render/charts/index.ts';
import type { ChartSpec } from '../../render/charts/spec.ts';
import { buildStamp, packageVersion } from '../../render/downloads/buildStamp.ts';
import { overviewChartSidecar } from '../../render/downloads/csv.ts';
import { citeForceChart, releaseName } from '../../render/phrases.ts';
import { absoluteUrl, chartAnchorPath, sitePaths } from '../../routes.ts';
import { config, model } from 'virtual:cdi/model';

export const getStaticPaths = () => overviewChartPaths(model, config.site.base);

/** The sidecar of an overview chart's CSV. Its figures span every force: it is in the latest release only if nothing has changed since. */
export const GET: APIRoute<{ spec: ChartSpec }> = ({ props: { spec } }) => {
  const pageUrl = absoluteUrl(sitePaths.overview, config.site);
  const log = model.releases;
  const release = releaseName(log.unreleased ? null : (log.releases[0] ?? null));
  const json = overviewChartSidecar(spec, {
    url: absoluteUrl(chartAnchorPath(sitePaths.overview, spec.id), config.site),
    citation: `${citeForceChart('How the forces compare', spec, pageUrl)} (${release})`,
    release,
    version: buildStamp(model, packageVersion(config.root)),
  });
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
