import Papa from 'papaparse';

/** RFC 4180 CSV with a header row and "\n" line ends, so that builds are byte-identical on every platform. */
export function toCsv(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return `${Papa.unparse({ fields: [...columns], data: rows.map((row) => row.map((cell) => cell ?? '')) }, { newline: '\n' })}\n`;
}
