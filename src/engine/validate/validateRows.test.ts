import { describe, expect, it } from 'vitest';
import { parseCsv } from '../load/parseCsv.ts';
import { columns, formatProblem, optionalColumns } from '../vocabulary.ts';
import { findingRow, inspectionRow } from './rowSchemas.ts';
import { validateRows } from './validateRows.ts';

// Written as most files are, without the optional unrecorded_qualifier column.
const findingsHeader = columns.findings.filter((c) => !optionalColumns.findings?.includes(c)).join(',');
const finding = (cells: string) => `metropolitan,2018-cdi,${cells},https://example.org/met,`;

/** validateRows() over CSV text, as loadInputs hands it over; returns the records and the formatted problems. */
function validate(file: string, header: readonly string[], text: string) {
  const { table, problems } = parseCsv(text, file, header, file.includes('findings') ? optionalColumns.findings : []);
  expect(problems).toEqual([]);
  const result = validateRows(table, file.includes('findings') ? findingRow : inspectionRow);
  return { records: result.records, messages: result.problems.map(formatProblem) };
}
const findings = (...rows: string[]) => validate('data/findings.csv', columns.findings, [findingsHeader, ...rows].join('\n'));

describe('validateRows()', () => {
  it('validateRows() turns valid cells into typed values and keeps each row\'s line', () => {
    const { records, messages } = findings(finding('violence,459,524,87.6,2.82,28100,,,published'));
    expect(messages).toEqual([]);
    expect(records).toEqual([
      expect.objectContaining({ line: 2, numerator: 459, denominator: 524, ratePct: { value: 87.6, decimals: 1 }, ciPm: { value: 2.82, decimals: 2 }, unrecordedOver: 28100, additionalRecorded: null }),
    ]);
  });

  it('validateRows() reports a negative count with its file, line, column and field', () => {
    expect(findings(finding('rape,-5,118,,,,,,computed')).messages).toEqual(['data/findings.csv:2:28: error: numerator: expected a count of 0 or more, got "-5"']);
  });

  it('validateRows() reports a non-integer count with its line', () => {
    expect(findings('', finding('rape,12.5,118,,,,,,computed')).messages).toEqual(['data/findings.csv:3:28: error: numerator: expected a whole number, got "12.5"']);
  });

  it('validateRows() reports a count with thousands separators or an exponent as not digits only', () => {
    const { messages } = findings(finding('survey-respondents,"1,035",,,,,,,published'), finding('rape,98,1e30,,,,,,computed'));
    expect(messages).toEqual([
      'data/findings.csv:2:42: error: numerator: expected a whole number written with digits only (no commas or units), got "1,035"',
      'data/findings.csv:3:31: error: denominator: expected a whole number written with digits only (no commas or units), got "1e30"',
    ]);
  });

  it('validateRows() reports a count too large to be a count of crimes', () => {
    expect(findings(finding('rape,1,99999999999999999999,,,,,,computed')).messages).toEqual([
      'data/findings.csv:2:30: error: denominator: "99999999999999999999" is too large to be a count of crimes',
    ]);
  });

  it('validateRows() reports a rate outside 0 to 100, and one written with a percent sign', () => {
    const { messages } = findings(finding('overall,,,101,,,,,published'), finding('overall,,,-1,,,,,published'), finding('overall,,,89.5%,,,,,published'));
    expect(messages).toEqual([
      'data/findings.csv:2:33: error: rate_pct: expected a percentage from 0 to 100, got "101"',
      'data/findings.csv:3:33: error: rate_pct: expected a percentage from 0 to 100, got "-1"',
      'data/findings.csv:4:33: error: rate_pct: expected a percentage written as a plain number such as 87.6, got "89.5%"',
    ]);
  });

  it('validateRows() reports an unparseable date and an impossible one with their lines', () => {
    const header = columns.inspections;
    const inspection = (published: string) =>
      header.map((column) => ({ force: 'metropolitan', slug: '2018-cdi', kind: 'cdi', title: 'CDI 2018', published, grade_scale: 'four-grade', source_url: 'https://example.org/met' } as Record<string, string>)[column] ?? '').join(',');
    const { messages } = validate('data/inspections.csv', header, [header.join(','), inspection('17/07/2018'), inspection('2018-02-30')].join('\n'));
    expect(messages).toEqual([
      'data/inspections.csv:2:36: error: published: expected a date as YYYY-MM-DD, got "17/07/2018"; write 2018-07-17',
      'data/inspections.csv:3:36: error: published: "2018-02-30" is not a real date',
    ]);
  });

  it('validateRows() reports every bad cell of a row, not only the first', () => {
    expect(findings(finding('rape,-1,1.5,,,,,,guessed')).messages).toHaveLength(3);
  });
});
