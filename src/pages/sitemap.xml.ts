import type { APIRoute } from 'astro';
import { pageRoutes, sitemap, type PageModule } from '../render/feeds/sitemap.ts';
import { config } from 'virtual:cdi/model';

export const GET: APIRoute = async () => {
  const pages = import.meta.glob<PageModule>('./**/*.astro', { eager: true });
  return new Response(sitemap(await pageRoutes(pages), config.site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
