import type { APIRoute } from 'astro';
import type { Report } from '../../../../engine/compute/model.ts';
import type { ChartSpec } from '../../../../render/charts/ChartSpec.ts';
import { buildStamp } from '../../../../render/downloads/buildStamp.ts';
import { chartCsv } from '../../../../render/downloads/chartCsv.ts';
import { chartHeader } from '../../../../render/downloads/chartHeader.ts';
import { chartPaths } from '../../../../render/downloads/chartPaths.ts';
import { packageVersion } from '../../../../render/downloads/packageVersion.ts';
import { absoluteUrl } from '../../../../render/meta/absoluteUrl.ts';
import { model } from 'virtual:cdi/model';

export const getStaticPaths = () => chartPaths(model);

export const GET: APIRoute<{ report: Report; spec: ChartSpec }> = ({ props: { report, spec }, site }) => {
  const header = chartHeader(report, spec, absoluteUrl(report.url, site), buildStamp(model, packageVersion()));
  return new Response(chartCsv(spec, header), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
