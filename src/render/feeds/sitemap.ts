import { xmlEscape } from './xmlEscape.ts';

/** A sitemap of the given page paths as absolute URLs on `origin`. */
export function sitemap(paths: readonly string[], origin: URL): string {
  const urls = paths.map((path) => `  <url><loc>${xmlEscape(new URL(path, origin).href)}</loc></url>`);
  return ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}
