import { startsLikeFormula } from '../load/startsLikeFormula.ts';

/**
 * A value as a cell of the site's CSV files reads: empty where not published, a number or true/false as written,
 * and a text that a spreadsheet would run as a formula with a leading "'" (OWASP, "CSV injection"), so that it
 * opens as text. The CSV writer (render/downloads/csv.ts) writes these cells, and a release's snapshot holds them,
 * so the change log compares the model with a snapshot cell by cell.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return startsLikeFormula(value) ? `'${value}` : value;
  return String(value);
}
