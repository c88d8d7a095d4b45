import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { chartLayouts, imageLayoutWidth } from './layouts.ts';
import { renderPlot } from './plot.ts';

const rows = [
  { label: 'A', value: 1.123456789 },
  { label: 'B', value: 2 },
];
const clipped = (width: number): Plot.PlotOptions => ({ width: 1, height: width / 4, x: { domain: [0, 3] }, marks: [Plot.barX(rows, { x: 'value', y: 'label', clip: true })] });
const drawings = (html: string) => html.match(/<(svg|figure) [^>]*>/g)?.filter((tag) => !tag.includes('aria-hidden')) ?? [];

describe('renderPlot', () => {
  it('draws the chart once per layout width, each an svg image named by the label, with a viewBox of that width and a class that names it', () => {
    const svg = renderPlot(clipped, { id: 'demo', label: 'Two bars: A is 1.1, B is 2.' }).svg;
    const tags = drawings(svg);
    expect(tags).toHaveLength(chartLayouts.length);
    for (const [i, { width }] of chartLayouts.entries()) {
      expect(tags[i]).toMatch(/^<svg [^>]*role="img"/);
      expect(tags[i]).toContain('aria-label="Two bars: A is 1.1, B is 2."');
      // The draw function's own width is overridden: the layout's width is the drawing's.
      expect(tags[i]).toContain(`viewBox="0 0 ${width} ${width / 4}"`);
      expect(tags[i]).toContain(`class="chart-w${width}"`);
      // site.css sizes the page's copies to their container.
      expect(tags[i]).not.toMatch(/ (width|height|style)=/);
    }
    expect(svg).not.toContain('<style');
  });

  it('writes no font-variant attribute, whose "tabular-nums" SVG does not allow (CSS sets font-variant-numeric)', () => {
    const { svg, image } = renderPlot(clipped, { id: 'demo', label: 'Chart' });
    expect(svg).toContain('>2.0</text>');
    expect(svg).not.toContain('font-variant');
    expect(image.svg).not.toContain('font-variant');
  });

  it('keeps the size of each drawing as data, the size its viewBox gives, so that nothing reads it back from the SVG', () => {
    const { svg, drawings } = renderPlot(clipped, { id: 'demo', label: 'Chart' });
    const viewBoxes = [...svg.matchAll(/viewBox="0 0 ([\d.]+) ([\d.]+)"/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
    expect(drawings).toEqual(viewBoxes);
    expect(drawings.map((d) => d.width)).toEqual(chartLayouts.map((l) => l.width));
  });

  it('keeps aria-label only on the root svg of each drawing', () => {
    const svg = renderPlot(clipped, { id: 'demo', label: 'Chart' }).svg;
    expect(svg.match(/aria-label=/g)).toHaveLength(chartLayouts.length);
  });

  it('names each link a mark draws by the mark’s label, and can make the chart a group so that the links stay reachable', () => {
    const svg = renderPlot(
      () => ({ marks: [Plot.barX(rows, { x: 'value', y: 'label', href: (d: { label: string }) => `/${d.label}/`, ariaLabel: (d: { label: string }) => `Bar ${d.label}` })] }),
      { id: 'demo', label: 'Chart', role: 'group' },
    ).svg;
    expect(svg).toMatch(/^<svg [^>]*role="group"/);
    expect(svg.match(/role="group"/g)).toHaveLength(chartLayouts.length);
    expect(svg).toMatch(/<a aria-label="Bar A" href="\/A\/"[^>]*><rect /);
    expect(svg).toMatch(/<a aria-label="Bar B" href="\/B\/"[^>]*><rect /);
    // The label moves to the link: the rect inside keeps none.
    expect(svg.match(/aria-label=/g)).toHaveLength(3 * chartLayouts.length);
  });

  it('numbers ids per chart and layout from 1 whatever was rendered before, and rewrites their references', () => {
    renderPlot(clipped, { id: 'earlier', label: 'Chart' }).svg;
    const svg = renderPlot(clipped, { id: 'demo', label: 'Chart' }).svg;
    expect(svg).not.toMatch(/plot-clip-\d/);
    for (const { width } of chartLayouts) {
      expect(svg).toContain(`id="demo-w${width}-clip-1"`);
      expect(svg).toContain(`url(#demo-w${width}-clip-1)`);
    }
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(renderPlot(clipped, { id: 'demo', label: 'Chart' }).svg).toBe(svg);
  });

  it('rounds coordinates to two decimals but leaves text alone', () => {
    const svg = renderPlot(
      () => ({ x: { domain: [0, 3] }, marks: [Plot.dot(rows, { x: 'value', y: 'label' }), Plot.text(rows, { x: 'value', y: 'label', text: (d: { value: number }) => String(d.value) })] }),
      { id: 'demo', label: 'Chart' },
    ).svg;
    expect(svg).not.toMatch(/="[^"]*\d\.\d{3,}/);
    expect(svg).toContain('>1.123456789</text>');
  });

  it('hides legend swatches from assistive technology and names the chart svg', () => {
    const html = renderPlot(() => ({ color: { legend: true, domain: ['A', 'B'] }, marks: [Plot.barX(rows, { x: 'value', y: 'label', fill: 'label' })] }), { id: 'demo', label: 'Chart' }).svg;
    expect(html).toMatch(/^<figure [^>]*class="chart-w\d+"/);
    const svgs = html.match(/<svg [^>]*>/g) ?? [];
    expect(svgs.filter((tag) => tag.includes('role="img"'))).toHaveLength(chartLayouts.length);
    expect(svgs.filter((tag) => tag.includes('aria-hidden="true"'))).toHaveLength(svgs.length - chartLayouts.length);
    expect(svgs.length).toBeGreaterThan(chartLayouts.length);
  });

  it('gives the chart as an image file too: the drawing of the image layout, sized by its attributes rather than by the page', () => {
    const { svg, image } = renderPlot((width) => ({ ...clipped(width), style: { fontSize: '13px' } }), { id: 'demo', label: 'Chart' });
    expect(image.svg).toMatch(new RegExp(`^<svg [^>]*width="${imageLayoutWidth}"`));
    expect(image.svg).toMatch(/^<svg [^>]*style="font-size:13px"/);
    expect(image.svg).not.toContain('class=');
    expect([image.width, image.height]).toEqual([imageLayoutWidth, imageLayoutWidth / 4]);
    // The same drawing as the page's copy of that layout: the page's differs only in its root tag's attributes.
    expect(svg).toContain(image.svg.slice(image.svg.indexOf('>')));
  });
});
