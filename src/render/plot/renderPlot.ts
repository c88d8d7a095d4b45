import * as Plot from '@observablehq/plot';
import { plotDocument } from './plotDocument.ts';
import { renumberIds } from './renumberIds.ts';
import { roundCoordinates } from './roundCoordinates.ts';

export interface RenderOptions {
  /** The chart's id: prefixes every id in the SVG so that charts on one page never share one. */
  id: string;
  /** What the chart shows, in words: the SVG's accessible name. */
  label: string;
}

/**
 * Renders a Plot chart at build time to an SVG string that needs no client JavaScript and passes axe:
 * the root svg is one image named by `label`; Plot's per-mark aria-labels, which axe rejects on
 * elements without a role, are removed; legend swatches are hidden from assistive technology.
 * Headings, captions and sources belong in the page's own markup, not in Plot's title or caption.
 */
export function renderPlot(options: Plot.PlotOptions, { id, label }: RenderOptions): string {
  const root = Plot.plot({ ...options, document: plotDocument() }) as Element;
  const svg = root.tagName.toLowerCase() === 'svg' ? root : [...root.children].find((child) => child.tagName.toLowerCase() === 'svg');
  if (!svg) throw new Error(`renderPlot: Plot returned a <${root.tagName.toLowerCase()}> without an svg for chart "${id}"`);

  for (const element of root.querySelectorAll('[aria-label]')) element.removeAttribute('aria-label');
  for (const swatch of root.querySelectorAll('svg')) if (swatch !== svg) swatch.setAttribute('aria-hidden', 'true');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  // Plot's <style> only sizes the chart; an attribute does the same in fewer bytes and without a class rule.
  svg.querySelector('style')?.remove();
  const style = svg.getAttribute('style');
  svg.setAttribute('style', `display:block;max-width:100%;height:auto${style ? `;${style}` : ''}`);
  renumberIds(root, id);
  roundCoordinates(root);
  return root.outerHTML;
}
