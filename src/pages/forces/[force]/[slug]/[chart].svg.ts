import type { APIRoute } from 'astro';
import type { Report } from '../../../../engine/compute/model.ts';
import type { ChartSpec } from '../../../../render/charts/ChartSpec.ts';
import { publicationText } from '../../../../render/cite/publicationText.ts';
import { chartPaths } from '../../../../render/downloads/chartPaths.ts';
import { standaloneSvg } from '../../../../render/downloads/standaloneSvg.ts';
import { absoluteUrl } from '../../../../render/meta/absoluteUrl.ts';
import { model } from 'virtual:cdi/model';

export const getStaticPaths = () => chartPaths(model);

export const GET: APIRoute<{ report: Report; spec: ChartSpec }> = ({ props: { report, spec }, site }) =>
  new Response(standaloneSvg(spec, publicationText(report), absoluteUrl(report.url, site)), { headers: { 'Content-Type': 'image/svg+xml' } });
