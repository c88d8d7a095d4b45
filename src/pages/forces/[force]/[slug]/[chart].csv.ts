import type { APIRoute } from 'astro';
import type { Report } from '../../../../engine/compute/model.ts';
import { chartPaths } from '../../../../render/charts/index.ts';
import type { ChartSpec } from '../../../../render/charts/spec.ts';
import { buildStamp, packageVersion } from '../../../../render/downloads/buildStamp.ts';
import { chartCsv } from '../../../../render/downloads/csv.ts';
import { absoluteUrl } from '../../../../render/url.ts';
import { model } from 'virtual:cdi/model';

export const getStaticPaths = () => chartPaths(model);

export const GET: APIRoute<{ report: Report; spec: ChartSpec }> = ({ props: { report, spec }, site }) => {
  const csv = chartCsv(report, spec, absoluteUrl(report.url, site), buildStamp(model, packageVersion()));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
