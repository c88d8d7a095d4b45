import { z } from 'zod';
import { allGrades, rapeOutcomes, type Grade, type RapeOutcome } from '../vocabulary.ts';

/*
 * Zod schemas for single CSV cells. Every cell is read trimmed; "" means not published.
 * Messages say what was expected and what was found, because an inspector reads them, not a developer.
 */

type Parse<T> = (text: string) => T | { problem: string };

/**
 * A cell schema from a parse function. For a date cell, an issue is marked `dayMonthYear` where the text is a
 * date written dd/mm/yyyy, which a file can have in every date cell at once (see validateRows).
 */
function cell<T>(parse: Parse<T>, isDate = false) {
  return z.string().trim().transform((text, ctx): T => {
    const result = parse(text);
    if (typeof result === 'object' && result !== null && 'problem' in result) {
      ctx.addIssue({ code: 'custom', message: result.problem, input: text, params: { dayMonthYear: isDate && DAY_MONTH_YEAR.test(text) } });
      return z.NEVER;
    }
    return result;
  });
}

const optional = <T>(parse: Parse<T>): Parse<T | null> => (text) => (text === '' ? null : parse(text));
const show = (text: string) => JSON.stringify(text);

export const requiredText = cell((text) => (text === '' ? { problem: 'is empty; a value is required' } : text));
export const optionalText = cell(optional((text) => text));

export const slug = cell((text) =>
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text)
    ? text
    : { problem: `expected a lower-case slug such as "2018-cdi" (letters, digits and single hyphens), got ${show(text)}` },
);

export const oneOf = <const T extends readonly string[]>(values: T) =>
  cell((text) =>
    values.includes(text) ? (text as T[number]) : { problem: `expected one of ${values.map(show).join(', ')}, got ${show(text)}` },
  );

export const optionalOneOf = <const T extends readonly string[]>(values: T) =>
  cell(optional((text) => (values.includes(text) ? (text as T[number]) : { problem: `expected one of ${values.map(show).join(', ')}, got ${show(text)}` })));

/** A date as Excel saves it in a CSV file in the UK: 19/11/2026. */
export const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const parseDate: Parse<string> = (text) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const [, d = '', m = '', y = ''] = dmy;
    return { problem: `expected a date as YYYY-MM-DD, got ${show(text)}; write ${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` };
  }
  if (!match) return { problem: `expected a date as YYYY-MM-DD, got ${show(text)}` };
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { problem: `${show(text)} is not a real date` };
  }
  return text;
};
export const optionalDate = cell(optional(parseDate), true);

const parseCount: Parse<number> = (text) => {
  const printed = parsePrintedNumber(text);
  if (!printed) return { problem: `expected a whole number written with digits only (no commas or units), got ${show(text)}` };
  if (printed.value < 0) return { problem: `expected a count of 0 or more, got ${show(text)}` };
  if (printed.decimals > 0 || !Number.isInteger(printed.value)) return { problem: `expected a whole number, got ${show(text)}` };
  if (!Number.isSafeInteger(printed.value) || printed.value > 1e9) return { problem: `${show(text)} is too large to be a count of crimes` };
  return printed.value;
};
export const optionalCount = cell(optional(parseCount));

const parsePrinted =
  (min: number, max: number, what: string): Parse<Printed> =>
  (text) => {
    const printed = parsePrintedNumber(text);
    if (!printed) return { problem: `expected ${what} written as a plain number such as 87.6, got ${show(text)}` };
    if (printed.value < min || printed.value > max) return { problem: `expected ${what} from ${min} to ${max}, got ${show(text)}` };
    return printed;
  };
export const optionalPercent = cell(optional(parsePrinted(0, 100, 'a percentage')));
export const optionalHalfWidth = cell(optional(parsePrinted(0, 50, 'a ± half-width in percentage points')));

export const optionalGrade = cell(
  optional((text) =>
    (allGrades as readonly string[]).includes(text)
      ? (text as Grade)
      : { problem: `expected a grade (${allGrades.map(show).join(', ')}), got ${show(text)}` },
  ),
);

/** An audit answer as a spreadsheet user types it, in any case: "yes" or "y", "no" or "n". */
const answers: Readonly<Record<string, boolean>> = { yes: true, y: true, no: false, n: false };

/** "yes", "no" (or "y", "n", in any case), or empty where the question does not apply. */
export const optionalYesNo = cell(
  optional((text) => answers[text.toLowerCase()] ?? { problem: `expected "yes", "no" (or "y", "n") or nothing, got ${show(text)}` }),
);

export const optionalRapeOutcome = cell(
  optional((text) =>
    (rapeOutcomes as readonly string[]).includes(text)
      ? (text as RapeOutcome)
      : { problem: `expected nothing (not a report of rape) or one of ${rapeOutcomes.map(show).join(', ')}, got ${show(text)}` },
  ),
);

const parseUrl: Parse<string> = (text) => {
  if (!/^https?:\/\/[^\s]+$/.test(text)) return { problem: `expected a web address starting with https://, got ${show(text)}` };
  return text;
};
export const url = cell((text) => (text === '' ? { problem: 'is empty; give the web address of the source' } : parseUrl(text)));
export const optionalUrl = cell(optional(parseUrl));

/** What a printed form in the research log is of: a field of a measure's figure, the grade, or the publication date. */
export type PrintedKey = { measure: string; field: 'rate' | 'ci' | 'over' | 'count' } | { measure: null; field: 'grade' | 'published' };

/**
 * The research log's `printed` cell: each figure exactly as its source prints it, `key: printed form`, joined by
 * " | " ("overall.rate: 92.4 per cent | grade: requires improvement"), with keys `<measure>.rate`, `.ci`, `.over`,
 * `.count`, `grade` and `published`.
 */
export const printedForms = cell(
  optional((text): { key: PrintedKey; text: string }[] | { problem: string } => {
    const forms: { key: PrintedKey; text: string }[] = [];
    for (const part of text.split(' | ')) {
      const match = /^([a-z0-9-]+)(?:\.(rate|ci|over|count))?: (.+)$/.exec(part.trim());
      const [, name = '', field, printed = ''] = match ?? [];
      if (!match || (field === undefined && name !== 'grade' && name !== 'published')) {
        return { problem: `expected "key: printed form" parts joined by " | ", with keys <measure>.rate, <measure>.ci, <measure>.over, <measure>.count, grade or published; got ${show(part)}` };
      }
      forms.push({ key: field === undefined ? { measure: null, field: name as 'grade' | 'published' } : { measure: name, field: field as 'rate' | 'ci' | 'over' | 'count' }, text: printed });
    }
    return forms;
  }),
);

/** A cycle of the research log: one of `cycles` (vocabulary.ts) as the log names it, or a State of Policing year. */
export const researchCycle = cell((text) =>
  /^(dip-sample-2014|national-2014|cdi|cdi-reinspection|peel-2021-22|peel-2023-25|other|state-of-policing-\d{4})$/.test(text)
    ? text
    : { problem: `expected dip-sample-2014, national-2014, cdi, cdi-reinspection, peel-2021-22, peel-2023-25, other or state-of-policing-<year>, got ${show(text)}` },
);

/** A number as the source printed it: `decimals` keeps "91" apart from "91.0". */
export interface Printed {
  value: number;
  decimals: number;
}

/** Digits, optionally signed, with an optional decimal part: no grouping commas, exponents or bare points. */
const PRINTED_NUMBER = /^\s*(-?\d+)(?:\.(\d+))?\s*$/;

/**
 * Reads a number as a report prints it, keeping how many decimals it was printed to,
 * since that precision is part of the published figure. Null for anything that is not a plain numeral.
 */
export function parsePrintedNumber(text: string): Printed | null {
  const match = PRINTED_NUMBER.exec(text);
  if (match === null) return null;
  const [, whole, fraction = ''] = match;
  return { value: Number(fraction === '' ? whole : `${whole}.${fraction}`), decimals: fraction.length };
}

/** A list of column names, separated by spaces or commas, each one of `allowed`; empty is no column. */
export const columnList = <const T extends readonly string[]>(allowed: T) =>
  cell((text): T[number][] | { problem: string } => {
    const names = text.split(/[\s,]+/).filter(Boolean);
    const unknown = names.filter((name) => !allowed.includes(name));
    return unknown.length > 0 ? { problem: `expected column names from ${allowed.map(show).join(', ')}, got ${unknown.map(show).join(', ')}` } : (names as T[number][]);
  });
