import { parseHTML } from 'linkedom';

/**
 * The chart's own <svg> and its size, out of a ChartSpec's markup, which may wrap it in a <figure> with a legend.
 */
export function chartSvgElement(markup: string): { svg: string; width: number; height: number } {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  const svg = document.querySelector('svg[role="img"]') ?? document.querySelector('svg');
  if (!svg) throw new Error('chartSvgElement: the chart has no <svg>');
  const [, , viewWidth, viewHeight] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = Number(svg.getAttribute('width') ?? viewWidth);
  const height = Number(svg.getAttribute('height') ?? viewHeight);
  if (!(width > 0 && height > 0)) throw new Error('chartSvgElement: the chart <svg> has no size');
  // Sized by its attributes alone: the page's responsive sizing means nothing in a standalone file.
  const style = (svg.getAttribute('style') ?? '')
    .split(';')
    .filter((declaration) => declaration.trim() !== '' && !/^\s*(display|max-width|height|width)\s*:/.test(declaration))
    .join(';');
  if (style === '') svg.removeAttribute('style');
  else svg.setAttribute('style', style);
  return { svg: svg.outerHTML, width, height };
}
