import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { fontFamily, fontFiles } from './fontFiles.ts';

/**
 * Renders an SVG to PNG at build time with the shipped font only, never the machine's fonts,
 * so that every machine makes the same image. `scale` 2 gives sharp text on high-density screens.
 */
export function svgToPng(svg: string, scale = 1): Buffer {
  return new Resvg(svg, pngOptions(scale)).render().asPng();
}

/** Everything besides the SVG that decides the pixels. */
export function pngOptions(scale: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: fontFamily, sansSerifFamily: fontFamily },
  };
}
