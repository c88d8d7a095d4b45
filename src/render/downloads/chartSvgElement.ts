import { parseHTML } from 'linkedom';

/**
 * The chart's own <svg> and its size, out of a ChartSpec's markup, which may wrap it in a <figure> with a legend.
 * Plain <svg> markup (every report chart) is handled as text: a DOM per chart was a measurable share of a build.
 */
export function chartSvgElement(markup: string): { svg: string; width: number; height: number } {
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
