import type { APIRoute } from 'astro';
import { config, model } from 'virtual:cdi/model';
import { siteReleases, packageRelease } from '../../releases/siteReleases.ts';
import { dataPackage } from '../../render/downloads/dataPackage.ts';

export const GET: APIRoute = ({ site }) => {
  const release = packageRelease(siteReleases(model, config.inputRoot, site).log);
  return new Response(`${JSON.stringify(dataPackage(model, release, site), null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
