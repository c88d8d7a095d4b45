import type { APIRoute } from 'astro';
import type { Site } from '../../../engine/compute/model.ts';
import { forceChartPaths } from '../../../render/charts/index.ts';
import type { ChartSpec } from '../../../render/charts/spec.ts';
import { buildStamp, packageVersion } from '../../../render/downloads/buildStamp.ts';
import { forceChartCsv } from '../../../render/downloads/csv.ts';
import { absoluteUrl } from '../../../render/url.ts';
import { model } from 'virtual:cdi/model';

export const getStaticPaths = () => forceChartPaths(model);

export const GET: APIRoute<{ force: Site['forces'][number]; spec: ChartSpec }> = ({ props: { force, spec }, site }) => {
  const csv = forceChartCsv(force, spec, absoluteUrl(`/forces/${force.id}/`, site), buildStamp(model, packageVersion()));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
