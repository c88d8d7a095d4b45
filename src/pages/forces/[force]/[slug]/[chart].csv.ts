import type { APIRoute } from 'astro';
import { chartPaths } from '../../../../render/charts/index.ts';
import type { ChartSpec } from '../../../../render/charts/spec.ts';
import { chartCsv } from '../../../../render/downloads/csv.ts';
import { config, model } from 'virtual:cdi/model';

export const getStaticPaths = () => chartPaths(model, config.voice);

export const GET: APIRoute<{ spec: ChartSpec }> = ({ props: { spec } }) => new Response(chartCsv(spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
