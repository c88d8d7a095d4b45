import type { APIRoute } from 'astro';
import type { Report } from '../../../../engine/model.ts';
import { cachedPng } from '../../../../render/downloads/cachedPng.ts';
import { socialCardSvg } from '../../../../render/meta/socialCardSvg.ts';
import { getSite } from '../../../../site/model.ts';

export function getStaticPaths() {
  return getSite().reports.map((report) => ({ params: { force: report.force.id, slug: report.slug }, props: { report } }));
}

export const GET: APIRoute<{ report: Report }> = ({ props: { report } }) =>
  new Response(new Uint8Array(cachedPng(socialCardSvg(report))), { headers: { 'Content-Type': 'image/png' } });
