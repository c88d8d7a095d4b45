import type { APIRoute } from 'astro';
import { datasetRows } from '../../render/downloads/datasetRows.ts';
import { figureColumns } from '../../render/downloads/figureColumns.ts';
import { recordsCsv } from '../../render/downloads/recordsCsv.ts';
import { model } from 'virtual:cdi/model';

export const GET: APIRoute = ({ site }) =>
  new Response(recordsCsv(figureColumns, datasetRows(model, site).figures), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
