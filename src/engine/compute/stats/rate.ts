/** The share x / n of n that were, for example, recorded correctly. */
export function rate(x: number, n: number): number {
  // Written as negated comparisons so that NaN is rejected too.
  if (!(n > 0)) throw new RangeError(`rate: n must be positive, got ${n}`);
  if (!(x >= 0 && x <= n)) throw new RangeError(`rate: x must be between 0 and n (${n}), got ${x}`);
  return x / n;
}
