import type { APIRoute } from 'astro';
import { pageRoutes, sitemap, type PageModule } from '../render/feeds/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml: set `site` in astro.config.mjs, since a sitemap needs absolute URLs');
  const pages = import.meta.glob<PageModule>('./**/*.astro', { eager: true });
  return new Response(sitemap(await pageRoutes(pages), site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
