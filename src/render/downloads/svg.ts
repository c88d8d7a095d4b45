import type { ChartSpec } from '../charts/spec.ts';
import { sourceLine } from '../phrases.ts';
import { escapeXml, wrapText } from '../xml.ts';
import { fontFamily } from './fontFiles.ts';

const pad = 16;
const heading = { size: 18, step: 24 };
const small = { size: 12, step: 16 };

/**
 * A chart as a file of its own: the heading and subtitle above it, and its source, source URL and page URL
 * below it, so that a reproduced chart keeps its provenance. `subtitle` names the force and inspection.
 */
export function standaloneSvg(spec: ChartSpec, subtitle: string, pageUrl: string): string {
  const chart = spec.image;
  // Wide enough that the source and page addresses fit on one line each: a wrapped URL cannot be copied.
  const width = Math.max(chart.width, 560);
  // Source Sans averages about half an em per character.
  const wrap = (content: string, size: number) => wrapText(content, Math.floor((width - 2 * pad) / (size * 0.5)));
  const parts: string[] = [];
  let y = pad;
  for (const line of wrap(spec.heading, heading.size)) parts.push(text(line, (y += heading.step) - 6, heading.size, true));
  for (const line of wrap(subtitle, small.size)) parts.push(text(line, (y += small.step) - 2, small.size, false));
  parts.push(`<g transform="translate(0 ${y + 8})">${chart.svg}</g>`);
  y += 8 + chart.height + 8;
  for (const line of [sourceLine(spec.source), spec.source.url, `${pageUrl}#${spec.id}`].flatMap((content) => wrap(content, small.size))) {
    parts.push(text(line, (y += small.step) - 2, small.size, false));
  }
  const height = y + pad;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="'${fontFamily}', sans-serif" style="font-variant-numeric:tabular-nums">`,
    `<title>${escapeXml(spec.heading)}</title>`,
    `<desc>${escapeXml(spec.summary)}</desc>`,
    '<rect width="100%" height="100%" fill="white"/>',
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

function text(content: string, y: number, size: number, bold: boolean): string {
  return `<text x="${pad}" y="${y}" font-size="${size}"${bold ? ' font-weight="bold"' : ''} fill="#0b0c0c">${escapeXml(content)}</text>`;
}
