import type { APIRoute } from 'astro';
import { embedPath, oembedJson, placedCharts, type PlacedChart } from '../../../render/embeds/embed.ts';
import { config, model } from 'virtual:cdi/model';

export const getStaticPaths = () => placedCharts(model, config.voice).map((chart) => ({ params: { path: embedPath(chart).slice('/embed/'.length, -1) }, props: { chart } }));

/** A chart's oEmbed response, written once at build time beside its embed page. */
export const GET: APIRoute<{ chart: PlacedChart }> = ({ props: { chart }, site }) => new Response(oembedJson(chart, site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
