import { parseHTML } from 'linkedom';
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
  const chart = chartSvgElement(spec.svg);
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
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="'${fontFamily}', sans-serif">`,
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

/**
 * The chart's own <svg> and its size, out of a ChartSpec's markup, which may wrap it in a <figure> with a legend.
 * Plain <svg> markup (every report chart) is handled as text: a DOM per chart was a measurable share of a build.
 */
function chartSvgElement(markup: string): { svg: string; width: number; height: number } {
  const svg = markup.trim().startsWith('<svg') ? markup.trim() : innerSvg(markup);
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(open)?.[1];
  const [, , viewWidth, viewHeight] = (attribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = Number(attribute('width') ?? viewWidth);
  const height = Number(attribute('height') ?? viewHeight);
  if (!(width > 0 && height > 0)) throw new Error('chartSvgElement: the chart <svg> has no size');
  // Sized by its attributes alone: the page's responsive sizing means nothing in a standalone file.
  const style = (attribute('style') ?? '')
    .split(';')
    .filter((declaration) => declaration.trim() !== '' && !/^\s*(display|max-width|height|width)\s*:/.test(declaration))
    .join(';');
  const opened = open.replace(/\sstyle="[^"]*"/, style === '' ? '' : ` style="${style}"`);
  return { svg: opened + svg.slice(open.length), width, height };
}

function innerSvg(markup: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  const svg = document.querySelector('svg[role="img"]') ?? document.querySelector('svg');
  if (!svg) throw new Error('chartSvgElement: the chart has no <svg>');
  return svg.outerHTML;
}
