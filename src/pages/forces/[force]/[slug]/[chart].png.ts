import type { APIRoute } from 'astro';
import type { Report } from '../../../../engine/model.ts';
import type { ChartSpec } from '../../../../render/charts/ChartSpec.ts';
import { publicationText } from '../../../../render/cite/publicationText.ts';
import { cachedPng } from '../../../../render/downloads/cachedPng.ts';
import { chartPaths } from '../../../../render/downloads/chartPaths.ts';
import { standaloneSvg } from '../../../../render/downloads/standaloneSvg.ts';
import { absoluteUrl } from '../../../../render/meta/absoluteUrl.ts';

export const getStaticPaths = chartPaths;

/** Twice the SVG's size, for sharp text in documents and on high-density screens. */
const pngScale = 2;

export const GET: APIRoute<{ report: Report; spec: ChartSpec }> = ({ props: { report, spec }, site }) => {
  const png = cachedPng(standaloneSvg(spec, publicationText(report), absoluteUrl(report.url, site)), pngScale);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
