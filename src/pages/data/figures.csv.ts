import type { APIRoute } from 'astro';
import { datasetRows, figureColumns, recordsCsv } from '../../render/downloads/dataset.ts';
import { getSite } from '../../site/model.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(recordsCsv(figureColumns, datasetRows(getSite(), site).figures), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
