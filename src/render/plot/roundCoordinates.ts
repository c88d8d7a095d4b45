/** Attributes that hold positions and sizes; text content and labels are never touched. */
const geometry = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'points', 'transform', 'viewBox']);

/**
 * Rounds the float tails Plot writes into coordinates ("564.1560000000001") to at most two decimals:
 * they are a large share of an SVG's bytes and no screen can show them.
 */
export function roundCoordinates(root: Element): void {
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const name of element.getAttributeNames()) {
      if (!geometry.has(name)) continue;
      const value = element.getAttribute(name) ?? '';
      const rounded = value.replace(/-?\d*\.\d{3,}(?:e-?\d+)?/g, (number) => String(Math.round(Number(number) * 100) / 100));
      if (rounded !== value) element.setAttribute(name, rounded);
    }
  }
}
