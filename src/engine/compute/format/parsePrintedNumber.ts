/** Digits, optionally signed, with an optional decimal part: no grouping commas, exponents or bare points. */
const PRINTED_NUMBER = /^\s*(-?\d+)(?:\.(\d+))?\s*$/;

/**
 * Reads a number as a report prints it, keeping how many decimals it was printed to,
 * since that precision is part of the published figure. Null for anything that is not a plain numeral.
 */
export function parsePrintedNumber(text: string): { value: number; decimals: number } | null {
  const match = PRINTED_NUMBER.exec(text);
  if (match === null) return null;
  const [, whole, fraction = ''] = match;
  return { value: Number(fraction === '' ? whole : `${whole}.${fraction}`), decimals: fraction.length };
}
