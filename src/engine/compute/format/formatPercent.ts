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
