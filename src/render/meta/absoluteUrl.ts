/**
 * A site path as an absolute URL on the canonical site (`site` in astro.config.mjs). Citations, social cards
 * and downloads are read away from the site, so a relative address would be useless there.
 */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('absoluteUrl: set `site` in astro.config.mjs to the canonical address of the site');
  return new URL(path, site).href;
}
