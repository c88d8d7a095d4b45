import type { APIRoute } from 'astro';
import { dataPackage } from '../../render/downloads/dataPackage.ts';
import { getSite } from '../../site/model.ts';
import { packageRelease } from '../../site/releases.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(dataPackage(getSite(), packageRelease(site), site), null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
