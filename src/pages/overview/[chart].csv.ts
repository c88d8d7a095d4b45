import type { APIRoute } from 'astro';
import { overviewChartPaths } from '../../render/charts/index.ts';
import type { ChartSpec } from '../../render/charts/spec.ts';
import { chartCsv } from '../../render/downloads/csv.ts';
import { config, model } from 'virtual:cdi/model';

export const getStaticPaths = () => overviewChartPaths(model, config.site.base);

export const GET: APIRoute<{ spec: ChartSpec }> = ({ props: { spec } }) => new Response(chartCsv(spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
