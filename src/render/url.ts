/**
 * Every address the site writes for one of its own pages or files comes from here, so that the site works
 * under a base path (`--base /cdi/`, a folder of another site) as well as at the root of its host. Pages and
 * the model name places by their site path ("/overview/", `report.url`); these put the base path in front.
 *
 * The base path is the one Astro builds with (`base` in astroConfig(), from src/config.ts), read the way
 * Astro documents it, `import.meta.env.BASE_URL`: always with a trailing slash, since trailingSlash is
 * "always". Code that runs outside Astro (scripts/) passes `base` itself.
 */
const astroBase = (): string => import.meta.env.BASE_URL;

/** A site path as the `href` or `src` a page writes: "/overview/" → "/cdi/overview/". */
export function href(path: string, base: string = astroBase()): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`href: "${path}" is not a site path (one that starts with a single "/")`);
  return `${base}${path.slice(1)}`;
}

/**
 * A site path as an absolute URL on the canonical site (`--site`). Citations, feeds, the sitemap, social cards
 * and downloads are read away from the site, so a relative address would be useless there.
 */
export function absoluteUrl(path: string, site: URL | undefined, base: string = astroBase()): string {
  if (!site) throw new Error('absoluteUrl: set `site` in astro.config.mjs to the canonical address of the site');
  return new URL(href(path, base), site).href;
}

/**
 * An HTML fragment of the model (narrative markdown, with its glossary links) with each link to a site path
 * under the base path. markdown-it and linkTerms write every attribute as `href="…"` and escape `"` in text,
 * so the pattern can only meet a real link.
 */
export function linksUnderBase(html: string, base: string = astroBase()): string {
  return html.replace(/ href="\/(?!\/)/g, ` href="${base}`);
}
