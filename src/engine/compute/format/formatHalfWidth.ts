import { formatPercent } from './formatPercent.ts';

/** A confidence interval's half-width in percentage points, e.g. "±1.64". */
export function formatHalfWidth(value: number, decimals: number): string {
  if (!(value >= 0)) throw new RangeError(`formatHalfWidth: a half-width must be non-negative, got ${value}`);
  // Rounded exactly as the rate it qualifies; printed in points, so without the % sign.
  return `±${formatPercent(value, decimals).slice(0, -1)}`;
}
