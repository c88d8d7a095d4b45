import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedPng, pngCacheFile } from './cachedPng.ts';
import { svgToPng } from './svgToPng.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'png-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('cachedPng(svg, scale, cacheDir)', () => {
  it('keeps the bytes svgToPng gives on disk, for this build and the next', () => {
    // A unique SVG, so that the first call must render it.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="#1d70b8"/><desc>${process.pid} ${performance.now()}</desc></svg>`;
    expect(existsSync(pngCacheFile(svg, 2, cacheDir))).toBe(false);
    const file = cachedPng(svg, 2, cacheDir);
    expect(file).toBe(pngCacheFile(svg, 2, cacheDir));
    expect(readFileSync(file).equals(svgToPng(svg, 2))).toBe(true);
    expect(cachedPng(svg, 2, cacheDir)).toBe(file);
  });

  it('keys the image by scale as well as by SVG', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"/>';
    expect(pngCacheFile(svg, 1, cacheDir)).not.toBe(pngCacheFile(svg, 2, cacheDir));
  });
});
