/**
 * `npm run serve [folder] [-- --base /cdi/]`: serves a built site (dist/ by default) on 127.0.0.1, as a static
 * host would, under the base path it was built with. The browser tests use `serveStatic` to serve the site they built.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { readConfig } from '../src/config.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export interface StaticServer {
  /** The site's address, without a trailing slash: the origin, and the base path when there is one. */
  url: string;
  close: () => Promise<void>;
}

/**
 * `<base>a/` serves `a/index.html`; anything else that is not a file, or not under the base path, is a 404 (no
 * redirect from `/a` to `/a/`), so that a link the site gets wrong shows up as a failed request in the browser tests.
 */
export async function serveStatic(folder: string, port = 0, base = '/'): Promise<StaticServer> {
  const root = resolve(folder);
  const server = createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const path = requested.startsWith(base) ? requested.slice(base.length - 1) : null;
    const file = path === null ? root : join(root, path.endsWith('/') ? `${path}index.html` : path);
    const isFile = path !== null && (file === root || file.startsWith(root + sep)) && statSync(file, { throwIfNoEntry: false })?.isFile();
    if (!isFile) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${requested}\n`);
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}${base.slice(0, -1)}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

if (import.meta.main) {
  const { config, rest } = readConfig(process.argv.slice(2));
  const folder = rest[0] ?? config.outDir;
  const server = await serveStatic(folder, Number(process.env.PORT ?? 4321), config.site.base);
  console.log(`serving ${folder}/ at ${server.url}/`);
}
