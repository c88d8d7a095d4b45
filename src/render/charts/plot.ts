import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { chartLayouts, imageLayoutWidth, layoutClass } from './layouts.ts';

export interface RenderOptions {
  /** The chart's id: prefixes every id in the SVG so that charts on one page never share one. */
  id: string;
  /** What the chart shows, in words: the SVG's accessible name. */
  label: string;
  /**
   * "img" (the default) makes the chart one image; "group" keeps what is inside it reachable, for a chart whose marks
   * are links: an image's children are presentational, so links inside it would be focusable but hidden (axe: nested-interactive).
   */
  role?: 'img' | 'group';
}

/** A chart as markup for the page, and as an image file: its own svg, sized by its attributes alone. */
export interface RenderedPlot {
  svg: string;
  image: { svg: string; width: number; height: number };
  /** The size of each drawing the page holds, one per layout width: its viewBox, `width` by `height`. */
  drawings: DrawingSize[];
}

/** A drawing's size in its own units (its viewBox); the page scales it to the width of its container. */
export interface DrawingSize {
  width: number;
  height: number;
}

/**
 * A chart's Plot options for a drawing `width` px wide (its viewBox width). Lay the chart out for that width, with
 * text at theme.fontSize: renderPlot draws it at each of chartLayouts' widths, and the page shows the one that
 * keeps the text between 12 and 16 CSS px in the chart's container.
 */
export type DrawChart = (width: number) => Plot.PlotOptions;

/**
 * Renders a chart at build time, once per layout width, to SVG that needs no client JavaScript and passes axe:
 * each drawing is one image named by `label`, of which the page's CSS displays exactly one (the others are
 * display:none, so hidden from assistive technology too); Plot's per-mark aria-labels, which axe rejects on
 * elements without a role, are removed, except on links, which they name; legend swatches are hidden from assistive technology.
 * Ids are prefixed by the chart id and the layout width, so that they stay unique on the page.
 * Headings, captions and sources belong in the page's own markup, not in Plot's title or caption.
 * The page's copies scale to their container; the image keeps Plot's size, as a file of its own must.
 */
export function renderPlot(draw: DrawChart, { id, label, role = 'img' }: RenderOptions): RenderedPlot {
  const drawings = chartLayouts.map(({ width }) => ({ width, ...drawing(draw, width, { id: `${id}-w${width}`, label, role }) }));
  const image = drawings.find((d) => d.width === imageLayoutWidth)?.image;
  if (!image) throw new Error(`renderPlot: no layout is ${imageLayoutWidth} px wide, the width of the image file`);
  return { svg: drawings.map((d) => d.page).join(''), image, drawings: drawings.map((d) => ({ width: d.width, height: d.image.height })) };
}

function drawing(draw: DrawChart, width: number, { id, label, role = 'img' }: RenderOptions): { page: string; image: RenderedPlot['image'] } {
  const root = Plot.plot({ ...draw(width), width, document: plotDocument() }) as Element;
  const svg = root.tagName.toLowerCase() === 'svg' ? root : [...root.children].find((child) => child.tagName.toLowerCase() === 'svg');
  if (!svg) throw new Error(`renderPlot: Plot returned a <${root.tagName.toLowerCase()}> without an svg for chart "${id}"`);

  // A mark's href wraps each element in an <a>, and its ariaLabel names the element inside: name the link instead.
  for (const link of root.querySelectorAll('a')) {
    const name = link.firstElementChild?.getAttribute('aria-label');
    if (name) link.setAttribute('aria-label', name);
  }
  for (const element of root.querySelectorAll('[aria-label]')) if (element.tagName.toLowerCase() !== 'a') element.removeAttribute('aria-label');
  // Plot asks for tabular figures with font-variant="tabular-nums", a value SVG's attribute does not allow (the
  // Nu HTML checker rejects it); the stylesheet, and the standalone file's own style, set font-variant-numeric.
  for (const element of root.querySelectorAll('[font-variant]')) element.removeAttribute('font-variant');
  for (const swatch of root.querySelectorAll('svg')) if (swatch !== svg) swatch.setAttribute('aria-hidden', 'true');
  svg.setAttribute('role', role);
  svg.setAttribute('aria-label', label);
  // Plot's <style> and class only size the chart; site.css sizes and shows the page's drawings instead.
  svg.querySelector('style')?.remove();
  svg.removeAttribute('class');
  renumberIds(root, id);
  roundCoordinates(root);
  const image = { svg: svg.outerHTML, width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
  // The page's copy is as wide as its container: the width and height attributes would only be overridden by site.css.
  root.setAttribute('class', layoutClass(width));
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return { page: root.outerHTML, image };
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
