import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { renderPlot } from './plot.ts';

const rows = [
  { label: 'A', value: 1.123456789 },
  { label: 'B', value: 2 },
];
const clipped = (): Plot.PlotOptions => ({ x: { domain: [0, 3] }, marks: [Plot.barX(rows, { x: 'value', y: 'label', clip: true })] });

describe('renderPlot', () => {
  it('returns one svg image named by the label, with a viewBox that scales to its container', () => {
    const svg = renderPlot(clipped(), { id: 'demo', label: 'Two bars: A is 1.1, B is 2.' }).svg;
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toMatch(/^<svg [^>]*aria-label="Two bars: A is 1.1, B is 2."/);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 640 \d+"/);
    expect(svg).toMatch(/^<svg [^>]*style="display:block;max-width:100%;height:auto[;"]/);
    expect(svg).not.toContain('<style');
  });

  it('writes no font-variant attribute, whose "tabular-nums" SVG does not allow (CSS sets font-variant-numeric)', () => {
    const { svg, image } = renderPlot(clipped(), { id: 'demo', label: 'Chart' });
    expect(svg).toContain('>2.0</text>');
    expect(svg).not.toContain('font-variant');
    expect(image.svg).not.toContain('font-variant');
  });

  it('keeps aria-label only on the root svg', () => {
    const svg = renderPlot(clipped(), { id: 'demo', label: 'Chart' }).svg;
    expect(svg.match(/aria-label=/g)).toHaveLength(1);
  });

  it('numbers ids per chart from 1 whatever was rendered before, and rewrites their references', () => {
    renderPlot(clipped(), { id: 'earlier', label: 'Chart' }).svg;
    const svg = renderPlot(clipped(), { id: 'demo', label: 'Chart' }).svg;
    expect(svg).not.toMatch(/plot-clip-\d/);
    expect(svg).toContain('id="demo-clip-1"');
    expect(svg).toContain('url(#demo-clip-1)');
    expect(renderPlot(clipped(), { id: 'demo', label: 'Chart' }).svg).toBe(svg);
  });

  it('rounds coordinates to two decimals but leaves text alone', () => {
    const svg = renderPlot(
      { x: { domain: [0, 3] }, marks: [Plot.dot(rows, { x: 'value', y: 'label' }), Plot.text(rows, { x: 'value', y: 'label', text: (d: { value: number }) => String(d.value) })] },
      { id: 'demo', label: 'Chart' },
    ).svg;
    expect(svg).not.toMatch(/="[^"]*\d\.\d{3,}/);
    expect(svg).toContain('>1.123456789</text>');
  });

  it('hides legend swatches from assistive technology and names the chart svg', () => {
    const html = renderPlot(
      { color: { legend: true, domain: ['A', 'B'] }, marks: [Plot.barX(rows, { x: 'value', y: 'label', fill: 'label' })] },
      { id: 'demo', label: 'Chart' },
    ).svg;
    expect(html).toMatch(/^<figure/);
    const svgs = html.match(/<svg [^>]*>/g) ?? [];
    expect(svgs.filter((tag) => tag.includes('role="img"'))).toHaveLength(1);
    expect(svgs.filter((tag) => tag.includes('aria-hidden="true"'))).toHaveLength(svgs.length - 1);
    expect(svgs.length).toBeGreaterThan(1);
  });

  it('gives the chart as an image file too: its own svg, sized by its attributes rather than by the page', () => {
    const { svg, image } = renderPlot({ ...clipped(), style: { fontSize: '13px' } }, { id: 'demo', label: 'Chart' });
    expect(image.svg).toBe(svg.replace('style="display:block;max-width:100%;height:auto;font-size:13px"', 'style="font-size:13px"'));
    expect(image.svg).toMatch(/^<svg [^>]*width="640"/);
    expect([image.width, image.height]).toEqual([640, Number(/ height="(\d+)"/.exec(image.svg)?.[1])]);
  });
});
