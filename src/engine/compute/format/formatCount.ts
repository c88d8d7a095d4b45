/**
 * A whole count with comma thousands separators, e.g. "94,500". Built by hand rather than
 * with toLocaleString so that the output does not depend on the build machine's locale.
 */
export function formatCount(n: number): string {
  // Rounding is the caller's decision (reports round "over N" figures down), so it is not done silently here.
  if (!Number.isSafeInteger(n)) throw new RangeError(`formatCount: expected a whole number, got ${n}`);
  const grouped = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${grouped}` : grouped;
}
