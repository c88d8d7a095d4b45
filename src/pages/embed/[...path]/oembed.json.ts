import type { APIRoute } from 'astro';
import { oembedJson, placedCharts, type PlacedChart } from '../../../render/embeds/embed.ts';
import { embedParam } from '../../../routes.ts';
import { config, model } from 'virtual:cdi/model';

export const getStaticPaths = () => placedCharts(model, config.site.base).map((chart) => ({ params: { path: embedParam(chart.pagePath, chart.spec.id) }, props: { chart } }));

/** A chart's oEmbed response, written once at build time beside its embed page. */
export const GET: APIRoute<{ chart: PlacedChart }> = ({ props: { chart } }) => new Response(oembedJson(chart, config.site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
