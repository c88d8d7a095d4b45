import { rate } from './rate.ts';

export interface NormalInterval {
  p: number;
  halfWidth: number;
  low: number;
  high: number;
}

/**
 * The normal-approximation interval p ± z·√(p(1−p)/n), as proportions.
 * No continuity or finite-population correction: that is what reproduces
 * the inspectorate's published per-stratum intervals.
 */
export function normalInterval(x: number, n: number, z = 1.96): NormalInterval {
  const p = rate(x, n);
  const halfWidth = z * Math.sqrt((p * (1 - p)) / n);
  // A proportion cannot leave [0, 1], even when p ± halfWidth does (p near 0 or 1, small n).
  return { p, halfWidth, low: Math.max(0, p - halfWidth), high: Math.min(1, p + halfWidth) };
}
