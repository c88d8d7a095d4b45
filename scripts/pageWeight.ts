import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

export interface PageWeight {
  /** gzip bytes of the HTML file, inline SVG and inline CSS included. */
  html: number;
  /** gzip bytes of the inline SVG alone (already counted in `html`), to show what the charts cost. */
  svg: number;
  /** gzip bytes of the style sheets the page links, each compressed as a server would send it. */
  css: number;
  /** gzip bytes of the JavaScript the page runs: inline scripts and the script files it names. */
  js: number;
  /** html + css: what a reader downloads to see the page. */
  total: number;
}

const gzipBytes = (text: string | Buffer): number => (text.length === 0 ? 0 : gzipSync(text, { level: 9 }).length);

/** What one built page weighs, from the files in `siteDir`; `path` is its URL path (`/forces/metropolitan/2018-cdi/`). */
export function pageWeight(siteDir: string, path: string): PageWeight {
  const html = readFileSync(join(siteDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
  const { document } = parseHTML(html);
  const local = (url: string): Buffer => {
    const resolved = new URL(url, `http://site${path}`);
    if (resolved.host !== 'site') return Buffer.alloc(0);
    const file = join(siteDir, decodeURIComponent(resolved.pathname));
    return existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
  };
  const css = [...document.querySelectorAll('link[rel~="stylesheet"][href]')].reduce((sum, link) => sum + gzipBytes(local(link.getAttribute('href') ?? '')), 0);
  const js = [...document.querySelectorAll('script')]
    .filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
    .reduce((sum, script) => sum + gzipBytes(script.hasAttribute('src') ? local(script.getAttribute('src') ?? '') : script.textContent ?? ''), 0);
  const svg = gzipBytes([...document.querySelectorAll('svg')].filter((s) => !s.parentElement?.closest('svg')).map((s) => s.outerHTML).join(''));
  const htmlBytes = gzipBytes(html);
  return { html: htmlBytes, svg, css, js, total: htmlBytes + css };
}
