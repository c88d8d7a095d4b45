import { normalCdf } from './normalCdf.ts';
import { rate } from './rate.ts';

export interface ProportionComparison {
  /** The second rate minus the first: positive when the later audit is higher. */
  difference: number;
  z: number;
  /** Two-sided. */
  pValue: number;
  significant: boolean;
}

/** The pooled two-proportion z-test, two-sided, of x1 of n1 against x2 of n2 (e.g. two audits of one force). */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number, alpha = 0.05): ProportionComparison {
  const p1 = rate(x1, n1);
  const p2 = rate(x2, n2);
  const difference = p2 - p1;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  // A pooled rate of 0 or 1 means both rates are equal, so there is no difference to test.
  const z = se === 0 ? 0 : difference / se;
  const pValue = 2 * normalCdf(-Math.abs(z));
  return { difference, z, pValue, significant: pValue < alpha };
}
