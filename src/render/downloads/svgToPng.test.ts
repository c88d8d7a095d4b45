import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { pngOptions, svgToPng } from './svgToPng.ts';

const svg = [
  '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20">',
  '<rect width="60" height="20" fill="#ffffff"/><rect width="8" height="20" fill="#1d70b8"/>',
  '<text x="12" y="15" font-size="12" font-weight="bold" fill="#0b0c0c">Ag 9%</text>',
  '</svg>',
].join('');

describe('svgToPng(svg, scale)', () => {
  it('makes a PNG at the SVG’s size times the scale', () => {
    const png = svgToPng(svg, 2);
    expect(png.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([120, 40]);
  });

  it('makes a PNG that another decoder reads back as exactly the pixels resvg drew, text included', () => {
    const drawn = Buffer.from(new Resvg(svg, pngOptions(1)).render().pixels);
    expect(drawn.some((value, i) => i % 4 === 0 && value < 64), 'dark pixels: the text was drawn').toBe(true);
    // resvg decodes an embedded PNG with its own decoder (the png crate): drawn as an <image>, it must give the same pixels.
    const embedded = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><image width="60" height="20" href="data:image/png;base64,${svgToPng(svg).toString('base64')}"/></svg>`;
    expect(Buffer.from(new Resvg(embedded).render().pixels).equals(drawn)).toBe(true);
  });
});
