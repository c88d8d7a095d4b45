import { describe, expect, it } from 'vitest';
import { formatProblem } from '../vocabulary.ts';
import { parseCsv } from './parseCsv.ts';

const file = 'data/forces.csv';
const columns = ['id', 'name', 'short_name', 'country'];
const parse = (text: string) => {
  const { table, problems } = parseCsv(text, file, columns);
  return { rows: table.rows, messages: problems.map(formatProblem) };
};

describe('parseCsv()', () => {
  it('parseCsv() keeps each row\'s line and each cell\'s column, with quoted commas and line breaks', () => {
    const { rows, messages } = parse('id,name,short_name,country\nmet,"Police, Met",Met,England\nwv,"Two\nlines",WV,Wales\n');
    expect(messages).toEqual([]);
    expect(rows).toEqual([
      { line: 2, cells: { id: 'met', name: 'Police, Met', short_name: 'Met', country: 'England' }, columns: { id: 1, name: 5, short_name: 19, country: 23 } },
      expect.objectContaining({ line: 3, cells: { id: 'wv', name: 'Two\nlines', short_name: 'WV', country: 'Wales' } }),
    ]);
  });

  it('parseCsv() accepts the columns in any order and skips blank lines', () => {
    const { rows, messages } = parse('country,short_name,name,id\n\nWales,WV,Westvale Police,wv\n\n');
    expect(messages).toEqual([]);
    expect(rows.map((row) => [row.line, row.cells.id])).toEqual([[3, 'wv']]);
  });

  it('parseCsv() reads Windows line endings', () => {
    const { rows, messages } = parse('id,name,short_name,country\r\nmet,Met Police,Met,England\r\n');
    expect(messages).toEqual([]);
    expect(rows[0]?.cells.country).toBe('England');
  });

  it('parseCsv() reports an empty file with the header it expects', () => {
    expect(parse(' \n').messages).toEqual(['data/forces.csv:1:1: error: the file is empty; expected a header row: id,name,short_name,country']);
  });

  it('parseCsv() reports a missing, an unknown and a repeated column on the header line', () => {
    expect(parse('id,name,country,colour\n').messages).toEqual([
      'data/forces.csv:1:1: error: missing column "short_name"; expected columns: id,name,short_name,country',
      'data/forces.csv:1:17: error: unknown column "colour"; expected columns: id,name,short_name,country',
    ]);
    expect(parse('id,name,short_name,country,id\n').messages).toEqual(['data/forces.csv:1:1: error: column "id" appears twice']);
  });

  it('parseCsv() reports a row with too many or too few cells on its line', () => {
    expect(parse('id,name,short_name,country\nmet,Met,Met,England,\nwv,WV,Wales\n').messages).toEqual([
      'data/forces.csv:2:1: error: this row has 5 cells but the header has 4; check for a missing or extra comma',
      'data/forces.csv:3:1: error: this row has 3 cells but the header has 4; check for a missing or extra comma',
    ]);
  });

  it('parseCsv() reports an unterminated quote on its line, once', () => {
    const { rows, messages } = parse('id,name,short_name,country\nmet,Met,Met,England\nwv,"Westvale,WV,Wales\n');
    expect(messages).toEqual(['data/forces.csv:3:5: error: quoted field unterminated: check the quotes ("") in this row']);
    expect(rows.map((row) => row.cells.id)).toEqual(['met']);
  });

  it('parseCsv() gives one error for a file separated by semicolons, as Excel saves it in some regions, and says how to re-save it', () => {
    const { rows, messages } = parse('id;name;short_name;country\nmet;"Police, Met";Met;England\nwv;Westvale;WV;Wales\n');
    expect(messages).toEqual([
      'data/forces.csv:1:1: error: the file is separated by semicolons (;) instead of commas (as Excel saves "CSV" in some regional settings); save it again as "CSV UTF-8 (Comma delimited)", or in LibreOffice choose "," as the field delimiter',
    ]);
    expect(rows).toEqual([]);
  });

  it('parseCsv() names tabs when a file is separated by tabs', () => {
    const { messages } = parse('id\tname\tshort_name\tcountry\nmet\tMet\tMet\tEngland\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('error: the file is separated by tabs instead of commas');
  });

  it('parseCsv() warns, with line, column and field, of a text cell that a spreadsheet would run as a formula, and keeps the row', () => {
    const { rows, messages } = parse('id,name,short_name,country\nmet,"=HYPERLINK(""https://evil.example/x"",""Click"")",@SUM(1+1),England\nwv,Westvale,-1.5,Wales\n');
    expect(messages).toEqual([
      'data/forces.csv:2:5: warning: name: "=HYPERLINK(\\"https://evil.example/x\\",\\"Click\\")" begins as a spreadsheet formula does (=, +, -, @, a tab or a carriage return), so Excel could run it; the site\'s CSV downloads put a \' before it so that it opens as text. Reword it unless it is meant so',
      'data/forces.csv:2:56: warning: short_name: "@SUM(1+1)" begins as a spreadsheet formula does (=, +, -, @, a tab or a carriage return), so Excel could run it; the site\'s CSV downloads put a \' before it so that it opens as text. Reword it unless it is meant so',
    ]);
    expect(rows.map((row) => row.cells.id)).toEqual(['met', 'wv']);
  });
});
