import { readdirSync } from 'node:fs';

/** Every HTML page of a built site as the URL path it is served at (`/`, `/forces/metropolitan/`, `/404.html`), sorted. */
export function listPages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => file.endsWith('.html'))
    .map((file) => (file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`))
    .sort();
}
