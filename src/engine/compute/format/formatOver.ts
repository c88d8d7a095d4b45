import { formatCount } from './formatCount.ts';

/**
 * A lower bound as reports print it, e.g. "over 94,500".
 * The count is printed as given: rounding it down (roundDownSignificant) is the caller's step.
 */
export function formatOver(n: number): string {
  return `over ${formatCount(n)}`;
}
