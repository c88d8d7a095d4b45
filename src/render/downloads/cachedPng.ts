import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pngOptions, svgToPng } from './svgToPng.ts';

const require = createRequire(import.meta.url);

/**
 * Versions of the renderer and the font, which decide the pixels along with the SVG and the options, and the code
 * of svgToPng, which decides how they are encoded.
 */
const renderer = [
  ...['@resvg/resvg-js', '@expo-google-fonts/source-sans-3'].map((name) => `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`),
  readFileSync(new URL('./svgToPng.ts', import.meta.url), 'utf8'),
].join('\n');

/**
 * The file of svgToPng's image, kept on disk by content in `cacheDir` (a build's is `<project>/.build/png-cache`)
 * and rendered only when it is not there yet. Laying out text makes a social card cost about 20 ms; a rebuild
 * renders only the cards whose SVG changed. Builds into different folders may share the cache: a file is written
 * under a temporary name and renamed into place.
 */
export function cachedPng(svg: string, scale: number, cacheDir: string): string {
  const file = pngCacheFile(svg, scale, cacheDir);
  if (existsSync(file)) return file;
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, svgToPng(svg, scale));
  renameSync(partial, file);
  return file;
}

/** Where cachedPng keeps the image of an SVG at a scale. */
export function pngCacheFile(svg: string, scale: number, cacheDir: string): string {
  return `${cacheDir}/${createHash('sha256').update(`${renderer}\n${JSON.stringify(pngOptions(scale))}\n${svg}`).digest('hex')}.png`;
}
