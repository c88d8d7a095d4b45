import type { APIRoute } from 'astro';
import { config, model } from 'virtual:cdi/model';
import { dataPackage, packageRelease } from '../../render/downloads/dataPackage.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(dataPackage(model, packageRelease(model.releases), config.site), null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
