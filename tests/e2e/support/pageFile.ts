import { join } from 'node:path';

/** The file in a built site that a URL path is served from: `/a/` → `a/index.html`. */
export const pageFile = (siteDir: string, path: string): string =>
  join(siteDir, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path));
