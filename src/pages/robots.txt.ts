import type { APIRoute } from 'astro';
import { config } from 'virtual:cdi/model';
import { absoluteUrl, sitePaths } from '../routes.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitePaths.sitemap, config.site)}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
