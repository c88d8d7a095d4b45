import { fsum } from 'd3-array';
import { rate } from './rate.ts';

export interface Stratum {
  x: number;
  n: number;
  /** The stratum's size in the population, e.g. its police recorded crime; only the shares matter. */
  weight: number;
}

export interface StratifiedEstimate {
  p: number;
  se: number;
  halfWidth: number;
  low: number;
  high: number;
}

/**
 * The stratified estimate p = Σ W_h·p_h with Var = Σ W_h²·p_h(1−p_h)/n_h, W_h = weight_h / Σ weight.
 * This, not the normal interval on the total audited, is what the inspectorate's overall figure is.
 */
export function stratifiedEstimate(strata: readonly Stratum[], z = 1.96): StratifiedEstimate {
  if (strata.length === 0) throw new RangeError('stratifiedEstimate: no strata');
  for (const { weight } of strata) {
    if (!(weight >= 0)) throw new RangeError(`stratifiedEstimate: weights must be non-negative, got ${weight}`);
  }
  const total = fsum(strata, (s) => s.weight);
  if (!(total > 0)) throw new RangeError(`stratifiedEstimate: total weight must be positive, got ${total}`);
  const terms = strata.map(({ x, n, weight }) => ({ p: rate(x, n), n, w: weight / total }));
  const p = fsum(terms, (t) => t.w * t.p);
  const se = Math.sqrt(fsum(terms, (t) => (t.w * t.w * t.p * (1 - t.p)) / t.n));
  const halfWidth = z * se;
  // As in normalInterval: the bounds of a proportion stay within [0, 1].
  return { p, se, halfWidth, low: Math.max(0, p - halfWidth), high: Math.min(1, p + halfWidth) };
}
