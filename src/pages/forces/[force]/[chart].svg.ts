import type { APIRoute } from 'astro';
import type { Site } from '../../../engine/compute/model.ts';
import { forceChartPaths } from '../../../render/charts/index.ts';
import type { ChartSpec } from '../../../render/charts/spec.ts';
import { standaloneSvg } from '../../../render/downloads/svg.ts';
import { absoluteUrl, forcePath } from '../../../routes.ts';
import { config, model } from 'virtual:cdi/model';

export const getStaticPaths = () => forceChartPaths(model);

export const GET: APIRoute<{ force: Site['forces'][number]; spec: ChartSpec }> = ({ props: { force, spec } }) =>
  new Response(standaloneSvg(spec, `HMICFRS inspections of ${force.name}`, absoluteUrl(forcePath(force.id), config.site)), { headers: { 'Content-Type': 'image/svg+xml' } });
