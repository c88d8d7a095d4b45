/**
 * Every address the site writes for one of its own pages or files comes from here, so that the site works
 * under a base path (`--base /cdi/`, a folder of another site) as well as at the root of its host. Pages and
 * the model name places by their site path ("/overview/", `report.url`); these put the base path in front.
 *
 * The base path is the one src/config.ts settled, which astroConfig() hands to every module Astro builds as
 * the constant `__CDI_BASE_PATH__`. Not Astro's own `import.meta.env.BASE_URL`: an environment variable
 * BASE_URL (vitest sets one, CI systems may) silently replaces that. Outside Astro (unit tests, scripts/) the
 * constant is absent and the site is at the root unless `base` is passed.
 */
declare const __CDI_BASE_PATH__: string | undefined;
const configuredBase = (): string => (typeof __CDI_BASE_PATH__ === 'string' ? __CDI_BASE_PATH__ : '/');

/** A site path as the `href` or `src` a page writes: "/overview/" → "/cdi/overview/". */
export function href(path: string, base: string = configuredBase()): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`href: "${path}" is not a site path (one that starts with a single "/")`);
  return `${base}${path.slice(1)}`;
}

/**
 * A site path as an absolute URL on the canonical site (`--site`). Citations, feeds, the sitemap, social cards
 * and downloads are read away from the site, so a relative address would be useless there.
 */
export function absoluteUrl(path: string, site: URL | undefined, base: string = configuredBase()): string {
  if (!site) throw new Error('absoluteUrl: set `site` in astro.config.mjs to the canonical address of the site');
  return new URL(href(path, base), site).href;
}

/**
 * An HTML fragment of the model (narrative markdown, with its glossary links) with each link to a site path
 * under the base path. markdown-it and linkTerms write every attribute as `href="…"` and escape `"` in text,
 * so the pattern can only meet a real link.
 */
export function linksUnderBase(html: string, base: string = configuredBase()): string {
  return html.replace(/ href="\/(?!\/)/g, ` href="${base}`);
}
