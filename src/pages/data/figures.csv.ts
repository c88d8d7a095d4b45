import type { APIRoute } from 'astro';
import { datasetRows, figureColumns, recordsCsv } from '../../render/downloads/dataset.ts';
import { model } from 'virtual:cdi/model';

export const GET: APIRoute = ({ site }) =>
  new Response(recordsCsv(figureColumns, datasetRows(model, site).figures), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
