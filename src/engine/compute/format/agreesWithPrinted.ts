/** Allows for float error when a computed value lies exactly on a rounding boundary (87.65 against 87.6 or 87.7). */
const EPSILON = 1e-9;

/** Whether `computed` rounds to the printed figure at the precision it was printed to. */
export function agreesWithPrinted(computed: number, printed: { value: number; decimals: number }): boolean {
  const halfUnit = 0.5 * 10 ** -printed.decimals;
  return Math.abs(computed - printed.value) <= halfUnit + EPSILON;
}
