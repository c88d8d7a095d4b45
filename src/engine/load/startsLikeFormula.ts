/** A number as a spreadsheet reads one, sign and exponent included: "-1.5", "+2", ".5", "1e3". */
const number = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Whether a text cell would run as a formula when a CSV holding it is opened in Excel or LibreOffice: it begins
 * with "=", "+", "-", "@", a tab or a carriage return (OWASP, "CSV injection") and is not a number.
 */
export function startsLikeFormula(cell: string): boolean {
  return /^[=+\-@\t\r]/.test(cell) && !number.test(cell);
}
