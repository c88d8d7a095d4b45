/**
 * Rounds down to `digits` significant figures, as reports print "over N" figures.
 * The value is first cleaned to 12 significant figures so that a float tail (94499.99999…
 * for what is exactly 94,500) does not lose a whole unit in the last kept place; then the
 * decimal digits are truncated as text, which no binary multiply or divide can disturb.
 */
export function roundDownSignificant(value: number, digits = 3): number {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new RangeError(`roundDownSignificant: value must be finite and non-negative, got ${value}`);
  }
  if (!(Number.isInteger(digits) && digits >= 1 && digits <= 12)) {
    throw new RangeError(`roundDownSignificant: digits must be an integer from 1 to 12, got ${digits}`);
  }
  if (value === 0) return 0;
  const exponential = Number(value.toPrecision(12)).toExponential();
  const at = exponential.indexOf('e');
  const kept = exponential.slice(0, at).replace('.', '').slice(0, digits);
  return Number(`${kept}e${Number(exponential.slice(at + 1)) - (kept.length - 1)}`);
}
