import { crc32, deflateSync } from 'node:zlib';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { fontFamily, fontFiles } from './fontFiles.ts';

/**
 * Renders an SVG to PNG at build time with the shipped font only, never the machine's fonts,
 * so that every machine makes the same image. `scale` 2 gives sharp text on high-density screens.
 */
export function svgToPng(svg: string, scale = 1): Buffer {
  const image = new Resvg(svg, pngOptions(scale)).render();
  return encodePng(image.pixels, image.width, image.height);
}

/** Everything besides the SVG that decides the pixels. */
export function pngOptions(scale: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: fontFamily, sansSerifFamily: fontFamily },
  };
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * An opaque RGBA image as an 8-bit RGB PNG, unfiltered, deflated at level 1. resvg's own encoder spent as long as
 * drawing the image (about 12 ms a social card); this takes about a third of that, and the images are smaller,
 * since the white background makes the alpha channel redundant.
 */
function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 3 + 1;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    // Each row starts with its filter type, 0 (none), which Buffer.alloc has written already.
    for (let x = 0, from = y * width * 4, to = y * stride + 1; x < width; x++, from += 4, to += 3) {
      rows[to] = rgba[from] ?? 0;
      rows[to + 1] = rgba[from + 1] ?? 0;
      rows[to + 2] = rgba[from + 2] ?? 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type: RGB
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 1 })), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const framed = Buffer.alloc(body.length + 8);
  framed.writeUInt32BE(data.length, 0);
  body.copy(framed, 4);
  framed.writeUInt32BE(crc32(body), body.length + 4);
  return framed;
}
