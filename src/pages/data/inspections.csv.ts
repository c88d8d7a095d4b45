import type { APIRoute } from 'astro';
import { datasetRows } from '../../render/downloads/datasetRows.ts';
import { inspectionColumns } from '../../render/downloads/inspectionColumns.ts';
import { recordsCsv } from '../../render/downloads/recordsCsv.ts';
import { model } from 'virtual:cdi/model';

export const GET: APIRoute = ({ site }) =>
  new Response(recordsCsv(inspectionColumns, datasetRows(model, site).inspections), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
