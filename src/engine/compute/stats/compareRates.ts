import { normalCdf } from './normalCdf.ts';
import type { ProportionComparison } from './twoProportionTest.ts';

export interface PublishedRate {
  p: number;
  halfWidth: number;
}

/**
 * Tests b against a when only the published rate and its ± interval are known, not the counts.
 * Each standard error is recovered as halfWidth / z; p and halfWidth may be proportions or
 * percentages, so long as both rates use the same unit (the difference comes back in it).
 */
export function compareRates(a: PublishedRate, b: PublishedRate, z = 1.96, alpha = 0.05): ProportionComparison {
  if (!(a.halfWidth >= 0 && b.halfWidth >= 0)) {
    throw new RangeError(`compareRates: half-widths must be non-negative, got ${a.halfWidth} and ${b.halfWidth}`);
  }
  const se = Math.hypot(a.halfWidth / z, b.halfWidth / z);
  if (!(se > 0)) throw new RangeError('compareRates: at least one rate needs a non-zero interval');
  const difference = b.p - a.p;
  const statistic = difference / se;
  const pValue = 2 * normalCdf(-Math.abs(statistic));
  return { difference, z: statistic, pValue, significant: pValue < alpha };
}
