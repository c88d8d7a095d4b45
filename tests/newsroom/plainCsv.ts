import { expect } from 'vitest';

/**
 * A strict RFC 4180 reader: a leading byte-order mark, then records of fields separated by commas and ended by
 * "\n" or "\r\n"; a field with a comma, quote or line break must be quoted, and a quote inside it doubled. It knows
 * no comment lines: "# …" is a record like any other. Throws on anything else, naming the line.
 */
export function readStrictCsv(text: string): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  let line = 1;
  const fail = (what: string): never => {
    throw new Error(`line ${line}: ${what}`);
  };
  if (body === '') return rows;
  while (i < body.length) {
    let field = '';
    if (body[i] === '"') {
      i++;
      for (;;) {
        if (i >= body.length) fail('a quoted field is not closed');
        if (body[i] === '"') {
          if (body[i + 1] === '"') (field += '"'), (i += 2);
          else break;
        } else {
          if (body[i] === '\n') line++;
          field += body[i++];
        }
      }
      i++;
    } else {
      while (i < body.length && !',\r\n'.includes(body[i]!)) {
        if (body[i] === '"') fail('a quote in an unquoted field');
        field += body[i++];
      }
    }
    row.push(field);
    if (body[i] === ',') i++;
    else if (body.startsWith('\r\n', i) || body[i] === '\n') {
      i += body[i] === '\r' ? 2 : 1;
      rows.push(row);
      row = [];
      line++;
    } else if (i >= body.length) fail('the last record has no line end');
    else fail(`"${body[i]}" after a quoted field`);
  }
  return rows;
}

/** A CSV row holds the plotted row: text as is, an empty cell for null, each number to within its float tail. */
export function expectPlotted(row: readonly string[], plotted: readonly (string | number | null)[], where: string): void {
  expect(row.length, where).toBe(plotted.length);
  plotted.forEach((value, i) => {
    if (typeof value === 'number') expect(Number(row[i]), `${where}, column ${i + 1}`).toBeCloseTo(value, 9);
    else expect(row[i], `${where}, column ${i + 1}`).toBe(value ?? '');
  });
}
