import type { APIRoute } from 'astro';
import { oembedJson, welshPlacedCharts, type PlacedChart } from '../../../../render/embeds/embed.ts';
import { embedParam } from '../../../../routes.ts';
import { config, model } from 'virtual:cdi/model';

export const getStaticPaths = () => welshPlacedCharts(model, config.site.base, config.voice).map((chart) => ({ params: { path: embedParam(chart.pagePath, chart.spec.id) }, props: { chart } }));

/** The oEmbed response of a chart of a Welsh page, written once at build time beside its Welsh embed page. */
export const GET: APIRoute<{ chart: PlacedChart }> = ({ props: { chart } }) => new Response(oembedJson(chart, config.site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
