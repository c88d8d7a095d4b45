import type { APIRoute } from 'astro';
import { config, model } from 'virtual:cdi/model';
import { datasetFiles } from '../../releases/dataset.ts';

// The same text a release snapshots, so that a release and this file are always compared like for like.
export const GET: APIRoute = () =>
  new Response(datasetFiles(model, config.site).figures, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
