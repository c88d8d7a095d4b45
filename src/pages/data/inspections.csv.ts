import type { APIRoute } from 'astro';
import { datasetRows } from '../../render/downloads/datasetRows.ts';
import { inspectionColumns } from '../../render/downloads/inspectionColumns.ts';
import { recordsCsv } from '../../render/downloads/recordsCsv.ts';
import { getSite } from '../../site/model.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(recordsCsv(inspectionColumns, datasetRows(getSite(), site).inspections), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
