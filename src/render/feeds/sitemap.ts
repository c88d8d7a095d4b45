import { escapeXml } from '../xml.ts';
import { absoluteUrl, sitePaths, type SiteAddress } from '../../routes.ts';

/** A sitemap of the given page paths as absolute URLs on `origin`. */
export function sitemap(paths: readonly string[], origin: SiteAddress): string {
  const urls = paths.map((path) => `  <url><loc>${escapeXml(absoluteUrl(path, origin))}</loc></url>`);
  return ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

/** What a page module may export: dynamic routes list their parameters. */
export interface PageModule {
  getStaticPaths?: () => { params: Record<string, string | number | undefined> }[] | Promise<{ params: Record<string, string | number | undefined> }[]>;
}

/**
 * The path of every page, from the page modules under src/pages keyed as import.meta.glob gives them
 * ("./forces/[force]/index.astro"), expanding each dynamic route by its own getStaticPaths, so that no page
 * can be added without appearing here. Private files (a segment starting with "_"), the 404 page and the review
 * page (for reviewers, in the preview and a --drafts build only) are left out.
 */
export async function pageRoutes(modules: Record<string, PageModule>): Promise<string[]> {
  const paths: string[] = [];
  for (const [file, page] of Object.entries(modules)) {
    const segments = file.replace(/^\.\//, '').replace(/\.astro$/, '').split('/');
    if (segments.some((s) => s.startsWith('_')) || segments.join('/') === '404') continue;
    if (segments.at(-1) === 'index') segments.pop();
    const pattern = segments.length === 0 ? '/' : `/${segments.join('/')}/`;
    if (!pattern.includes('[')) {
      paths.push(pattern);
      continue;
    }
    if (!page.getStaticPaths) throw new Error(`pageRoutes: ${file} is dynamic but has no getStaticPaths`);
    for (const { params } of await page.getStaticPaths()) {
      paths.push(pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => String(params[name] ?? '')).replace(/\/{2,}/g, '/'));
    }
  }
  return [...new Set(paths)].filter((path) => path !== sitePaths.review).sort();
}
