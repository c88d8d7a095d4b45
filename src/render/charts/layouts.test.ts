import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartLayouts, imageLayoutWidth, layoutClass } from './layouts.ts';
import { theme } from './marks.ts';

const css = readFileSync(join(import.meta.dirname, '..', '..', 'styles', 'site.css'), 'utf8');

/** The container widths site.css shows each layout at, read from its container queries. */
function shownAt(): { className: string; from: number; to: number }[] {
  return [...css.matchAll(/@container \(([^)]*)\) \{ \.(chart-w\d+) \{ display: block; \} \}/g)].map(([, query, className]) => {
    const from = /(\d+)px <= width/.exec(query!)?.[1];
    const to = /width < (\d+)px/.exec(query!)?.[1];
    return { className: className!, from: from ? Number(from) : 0, to: to ? Number(to) : Infinity };
  });
}

describe('chartLayouts', () => {
  it('are the layouts site.css shows, each from its own width up to the next one, one at every width', () => {
    expect(shownAt()).toEqual(chartLayouts.map((layout, i) => ({ className: layoutClass(layout.width), from: layout.from, to: chartLayouts[i + 1]?.from ?? Infinity })));
  });

  // A column is 290 px on a 320 px screen and at most 960 px (site.css's .width-container).
  it.each(chartLayouts.map((layout, i) => [layout.width, layout.from, chartLayouts[i + 1]?.from ?? 960] as const))(
    'the %i px layout keeps its text between 12 and 16 px in containers from %i to %i px',
    (width, from, to) => {
      const rendered = (container: number) => (theme.fontSize * container) / width;
      expect(rendered(Math.max(from, 290))).toBeGreaterThanOrEqual(12);
      expect(rendered(to)).toBeLessThanOrEqual(16);
    },
  );

  it('include the layout of the image file', () => {
    expect(chartLayouts.map((layout) => layout.width)).toContain(imageLayoutWidth);
  });
});
