import type { APIRoute } from 'astro';
import type { Report } from '../../../../engine/compute/model.ts';
import { chartPaths } from '../../../../render/charts/index.ts';
import type { ChartSpec } from '../../../../render/charts/spec.ts';
import { standaloneSvg } from '../../../../render/downloads/svg.ts';
import { absoluteUrl } from '../../../../routes.ts';
import { publicationText } from '../../../../render/phrases.ts';
import { config, model } from 'virtual:cdi/model';

export const getStaticPaths = () => chartPaths(model);

export const GET: APIRoute<{ report: Report; spec: ChartSpec }> = ({ props: { report, spec } }) =>
  new Response(standaloneSvg(spec, publicationText(report), absoluteUrl(report.url, config.site)), { headers: { 'Content-Type': 'image/svg+xml' } });
