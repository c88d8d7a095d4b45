import type { APIRoute } from 'astro';
import type { Report } from '../../../../engine/compute/model.ts';
import { reportRelease, citedRelease, releaseName } from '../../../../releases/releaseLog.ts';
import { siteReleases } from '../../../../releases/siteReleases.ts';
import { chartPaths } from '../../../../render/charts/index.ts';
import type { ChartSpec } from '../../../../render/charts/spec.ts';
import { buildStamp, packageVersion } from '../../../../render/downloads/buildStamp.ts';
import { chartSidecar } from '../../../../render/downloads/csv.ts';
import { absoluteUrl, chartAnchorPath } from '../../../../routes.ts';
import { citeChart } from '../../../../render/phrases.ts';
import { config, model } from 'virtual:cdi/model';

export const getStaticPaths = () => chartPaths(model);

/** The sidecar of a chart's CSV: its provenance, citation and release, as the page's "Cite this chart" gives them. */
export const GET: APIRoute<{ report: Report; spec: ChartSpec }> = ({ props: { report, spec } }) => {
  const pageUrl = absoluteUrl(report.url, config.site);
  const measures = report.figures.map((figure) => figure.measure);
  const release = releaseName(citedRelease(reportRelease(siteReleases(model, config.inputRoot, config.site).log, report.key, measures), measures));
  const json = chartSidecar(report, spec, {
    url: absoluteUrl(chartAnchorPath(report.url, spec.id), config.site),
    citation: `${citeChart(report, spec, pageUrl)} (${release})`,
    release,
    version: buildStamp(model, packageVersion(config.root)),
  });
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
