import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface RenderOptions {
  /** The chart's id: prefixes every id in the SVG so that charts on one page never share one. */
  id: string;
  /** What the chart shows, in words: the SVG's accessible name. */
  label: string;
}

/** A chart as markup for the page, and as an image file: its own svg, sized by its attributes alone. */
export interface RenderedPlot {
  svg: string;
  image: { svg: string; width: number; height: number };
}

/**
 * Renders a Plot chart at build time to SVG that needs no client JavaScript and passes axe:
 * the root svg is one image named by `label`; Plot's per-mark aria-labels, which axe rejects on
 * elements without a role, are removed; legend swatches are hidden from assistive technology.
 * Headings, captions and sources belong in the page's own markup, not in Plot's title or caption.
 * The page's copy scales to its container; the image keeps Plot's size, as a file of its own must.
 */
export function renderPlot(options: Plot.PlotOptions, { id, label }: RenderOptions): RenderedPlot {
  const root = Plot.plot({ ...options, document: plotDocument() }) as Element;
  const svg = root.tagName.toLowerCase() === 'svg' ? root : [...root.children].find((child) => child.tagName.toLowerCase() === 'svg');
  if (!svg) throw new Error(`renderPlot: Plot returned a <${root.tagName.toLowerCase()}> without an svg for chart "${id}"`);

  for (const element of root.querySelectorAll('[aria-label]')) element.removeAttribute('aria-label');
  // Plot asks for tabular figures with font-variant="tabular-nums", a value SVG's attribute does not allow (the
  // Nu HTML checker rejects it); the stylesheet, and the standalone file's own style, set font-variant-numeric.
  for (const element of root.querySelectorAll('[font-variant]')) element.removeAttribute('font-variant');
  for (const swatch of root.querySelectorAll('svg')) if (swatch !== svg) swatch.setAttribute('aria-hidden', 'true');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  // Plot's <style> only sizes the chart; an attribute does the same in fewer bytes and without a class rule.
  svg.querySelector('style')?.remove();
  const style = svg.getAttribute('style');
  svg.setAttribute('style', `display:block;max-width:100%;height:auto${style ? `;${style}` : ''}`);
  renumberIds(root, id);
  roundCoordinates(root);
  const page = root.outerHTML;
  if (style) svg.setAttribute('style', style);
  else svg.removeAttribute('style');
  return { svg: page, image: { svg: svg.outerHTML, width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) } };
}

let document: Document | undefined;

/**
 * The one DOM document Plot renders into, created on first use and reused for the life of the process:
 * creating a document costs far more than rendering a chart.
 */
function plotDocument(): Document {
  document ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  return document;
}
/**
 * Renames Plot's generated ids (`plot-clip-7`, `plot-pattern-3`) to `<prefix>-clip-1`, … numbered per kind
 * in order of appearance, and rewrites every `url(#…)` and `#…` reference to them. Plot numbers ids with a
 * process-wide counter, so without this the output depends on what was rendered before, and two charts
 * rendered in different processes can share an id on one page.
 */
function renumberIds(root: Element, prefix: string): void {
  const elements = [root, ...root.querySelectorAll('*')];
  const renamed = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const element of elements) {
    const id = element.getAttribute('id');
    const kind = id?.match(/^plot-([a-z]+)-\d+$/)?.[1];
    if (!id || !kind) continue;
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    renamed.set(id, `${prefix}-${kind}-${n}`);
    element.setAttribute('id', `${prefix}-${kind}-${n}`);
  }
  if (renamed.size === 0) return;
  for (const element of elements) {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? '';
      const rewritten = value.replace(/#(plot-[a-z]+-\d+)(?![\w-])/g, (reference, id: string) => (renamed.has(id) ? `#${renamed.get(id)}` : reference));
      if (rewritten !== value) element.setAttribute(name, rewritten);
    }
  }
}
/** Attributes that hold positions and sizes; text content and labels are never touched. */
const geometry = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'points', 'transform', 'viewBox']);

/**
 * Rounds the float tails Plot writes into coordinates ("564.1560000000001") to at most two decimals:
 * they are a large share of an SVG's bytes and no screen can show them.
 */
function roundCoordinates(root: Element): void {
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const name of element.getAttributeNames()) {
      if (!geometry.has(name)) continue;
      const value = element.getAttribute(name) ?? '';
      const rounded = value.replace(/-?\d*\.\d{3,}(?:e-?\d+)?/g, (number) => String(Math.round(Number(number) * 100) / 100));
      if (rounded !== value) element.setAttribute(name, rounded);
    }
  }
}
