import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { inject } from 'vitest';

/** The site built once from the shipped data for this run (vitest.config.ts, tests/e2e/globalSetup.ts). */
export const outDir = inject('siteDir');

/** A built file by its site path, e.g. "/data/figures.csv". */
export function builtFile(path: string): Buffer {
  const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) throw new Error(`the build has no ${path}`);
  return readFileSync(file);
}

export function builtPage(path: string): Document {
  return parseHTML(builtFile(path).toString('utf8')).document as unknown as Document;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
