import type { Page } from 'playwright-core';

/** What one page's charts measure at one width, found in the page. */
export interface Measured {
  charts: number;
  texts: number;
  problems: string[];
}

/**
 * Measures every chart of the loaded page: the drawings shown (exactly one per chart, as wide as its column), each
 * text's rendered size (computed size times the drawing's scale, its rendered width over its viewBox width), and the
 * boxes of its texts against each other and against the lines of its interval marks (class "interval").
 */
export function measureCharts(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const problems: string[] = [];
    let texts = 0;
    // Boxes that share less than this in either direction are taken as touching, not overlapping: rounding, not a clash.
    const tolerance = 0.5;
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance;
    const charts = [...document.querySelectorAll<HTMLElement>('.chart__svg')];
    for (const chart of charts) {
      const name = `#${chart.closest('.chart')?.id ?? '?'}`;
      const shown = [...chart.children].filter((drawing) => drawing.getBoundingClientRect().width > 0);
      if (shown.length !== 1) {
        problems.push(`${name}: ${shown.length} drawings shown`);
        continue;
      }
      const svg = shown[0]!.tagName.toLowerCase() === 'svg' ? (shown[0] as SVGSVGElement) : shown[0]!.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      const column = chart.getBoundingClientRect().width;
      if (Math.abs(box.width - column) > 1) problems.push(`${name}: drawn ${box.width.toFixed(1)} px wide in a column of ${column.toFixed(1)} px`);
      const scale = box.width / svg.viewBox.baseVal.width;
      const labels = [...svg.querySelectorAll('text')]
        .filter((text) => (text.textContent ?? '').trim() !== '')
        .map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect(), size: parseFloat(getComputedStyle(text).fontSize) * scale }));
      texts += labels.length;
      for (const label of labels) {
        if (label.size < 12 - 0.01 || label.size > 16 + 0.01) problems.push(`${name}: "${label.text}" is ${label.size.toFixed(2)} px`);
        // The root svg clips what it draws outside its box.
        if (label.box.left < box.left - 1 || label.box.right > box.right + 1) problems.push(`${name}: "${label.text}" runs past the edge of the chart`);
      }
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) if (overlap(a.box, b.box)) problems.push(`${name}: "${a.text}" overlaps "${b.text}"`);
      }
      // A line's box has no height or no width: widen it by the stroke it is drawn with.
      const intervals = [...svg.querySelectorAll<SVGLineElement>('.interval line')].map((line) => {
        const r = line.getBoundingClientRect();
        const half = (parseFloat(getComputedStyle(line).strokeWidth) * scale) / 2;
        return new DOMRect(r.left - half, r.top - half, r.width + 2 * half, r.height + 2 * half);
      });
      for (const label of labels) {
        if (intervals.some((line) => overlap(label.box, line))) problems.push(`${name}: "${label.text}" is drawn over an interval`);
      }
    }
    return { charts: charts.length, texts, problems };
  });
}
