import type { APIRoute } from 'astro';
import { datasetRows, inspectionColumns, recordsCsv } from '../../render/downloads/dataset.ts';
import { model } from 'virtual:cdi/model';

export const GET: APIRoute = ({ site }) =>
  new Response(recordsCsv(inspectionColumns, datasetRows(model, site).inspections), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
