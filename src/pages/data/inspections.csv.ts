import type { APIRoute } from 'astro';
import { datasetRows, inspectionColumns, recordsCsv } from '../../render/downloads/dataset.ts';
import { getSite } from '../../site/model.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(recordsCsv(inspectionColumns, datasetRows(getSite(), site).inspections), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
