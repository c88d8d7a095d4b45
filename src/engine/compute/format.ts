/*
 * How the model prints numbers and dates: as the inspectorate prints them, keeping a source's printed
 * precision, and independent of the build machine's locale.
 */

/**
 * A percentage to the given decimals, e.g. "89.5%", rounding half away from zero.
 * The decimal shift is done on the numeral's text, not by multiplying, so that a printed
 * 1.005 rounds to 1.01 as a reader expects, although its binary value is just below 1.005.
 */
export function formatPercent(value: number, decimals: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`formatPercent: expected a finite number, got ${value}`);
  if (!(Number.isInteger(decimals) && decimals >= 0 && decimals <= 20)) {
    throw new RangeError(`formatPercent: decimals must be a whole number from 0 to 20, got ${decimals}`);
  }
  const exponential = Math.abs(value).toExponential();
  const at = exponential.indexOf('e');
  const units = Math.round(Number(`${exponential.slice(0, at)}e${Number(exponential.slice(at + 1)) + decimals}`));
  if (!Number.isSafeInteger(units)) throw new RangeError(`formatPercent: ${value} is too large to print to ${decimals} decimals`);
  const digits = String(units).padStart(decimals + 1, '0');
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  // Only a value that is still non-zero once rounded gets a sign, so "-0.0%" never appears.
  return `${value < 0 && units > 0 ? '-' : ''}${text}%`;
}

/** A confidence interval's half-width in percentage points, e.g. "±1.64". */
export function formatHalfWidth(value: number, decimals: number): string {
  if (!(value >= 0)) throw new RangeError(`formatHalfWidth: a half-width must be non-negative, got ${value}`);
  // Rounded exactly as the rate it qualifies; printed in points, so without the % sign.
  return `±${formatPercent(value, decimals).slice(0, -1)}`;
}

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

/**
 * A lower bound as reports print it, e.g. "over 94,500".
 * The count is printed as given: rounding it down (roundDownSignificant) is the caller's step.
 */
export function formatOver(n: number): string {
  return `over ${formatCount(n)}`;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2018-07-17" → "17 July 2018", the form reports print; independent of the machine's locale. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${months[month - 1]} ${year}`;
}

/** Allows for float error when a computed value lies exactly on a rounding boundary (87.65 against 87.6 or 87.7). */
const EPSILON = 1e-9;

/** Whether `computed` rounds to the printed figure at the precision it was printed to. */
export function agreesWithPrinted(computed: number, printed: { value: number; decimals: number }): boolean {
  const halfUnit = 0.5 * 10 ** -printed.decimals;
  return Math.abs(computed - printed.value) <= halfUnit + EPSILON;
}

/** A computed number without binary floating-point tails (87.86000000000001 → 87.86), for data files. */
export function plainNumber(value: number): number {
  return Number(value.toPrecision(12));
}
