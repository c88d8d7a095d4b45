import { formatPercent } from '../compute/format.ts';
import type { Figure, Report } from '../compute/model.ts';
import { unrecordedQualifiers } from '../vocabulary.ts';

/** How close (in percentage points) a written percentage must be to a rate to be taken as a mistyped figure. */
export const percentTolerance = 3;
/** How close (as a share) a written "over N" must be to an unrecorded estimate to be taken as a mistyped figure. */
export const overTolerance = 0.2;

/** A number in prose that has the form of one of an inspection's figures, and what the data says of it. */
export interface ProseFigure {
  /** Where the whole literal starts in the prose, and the literal as written ("91.2 per cent", "±1.5 percentage points"). */
  offset: number;
  literal: string;
  form: 'percent' | 'interval' | 'over' | 'of';
  /** The part of the literal a placeholder stands for, from its start: "±1.5" of "±1.5 percentage points". */
  stands: string;
  /** The placeholders of the figures that the literal states exactly as the data prints them (one, unless figures share a value). */
  states: string[];
  /** It agrees with the data without stating a figure as printed: a rounded rate, an interval's bound, a context value. */
  agrees: boolean;
  /** The figure it contradicts, when it matches none and is close to one. */
  contradicts: { measure: string; is: string; placeholder: string } | null;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const DECIMAL = String.raw`\d+(?:\.\d+)?`;
// "±1.5", "±1.5%", "±1.5 percentage points", and "1.5 percentage points" (a half-width is printed in points).
const intervalPattern = new RegExp(String.raw`±\s?(${DECIMAL})(?![\d.])(?:\s?%|\s+percentage points?\b)?|(?<![\d.,±])(${DECIMAL})\s+percentage points?\b`, 'g');
// "91.2%", "91.2 per cent" (any space, including a non-breaking one), "91.2 percent"; not "95% confidence".
const percentPattern = new RegExp(String.raw`(?<![\d.,±])(${DECIMAL})\s?(%|per\s+cent\b|percent\b)(?!\s+confidence)`, 'gi');
const ofPattern = new RegExp(String.raw`(?<![\d.,])(${NUMBER}) of (?:the )?(${NUMBER})(?![.,]?\d)`, 'g');
const overPattern = new RegExp(String.raw`\b(${unrecordedQualifiers.join('|')}) (${NUMBER})(?![.,]?\d)(?!\s*(?:million|billion|%|per cent|percent))`, 'gi');

const toNumber = (text: string) => Number(text.replaceAll(',', ''));
const decimalsOf = (text: string) => text.split('.')[1]?.replace(/\D/g, '').length ?? 0;
const live = (report: Report) => report.figures.filter((f) => !f.pending);
const placeholder = (f: Figure, field: string) => `{{${f.measure}.${field}}}`;

/**
 * Every number in `prose` (a narrative's text with its placeholders blanked, see narrativeText) that has the form
 * of a figure, held to the inspection's data. The one matcher of written figures: the prose check flags what
 * `contradicts`, and the Word import writes the placeholder of what `states` a figure.
 * - a percentage states a rate printed the same; it agrees when equal at its own precision to a rate, an interval
 *   bound or a context value; it contradicts the nearest rate within `percentTolerance` points otherwise;
 * - "±x" (or "x percentage points") states an interval printed the same; a "±x" that matches none contradicts the nearest;
 * - "x of y" states a proportion of x in y; it contradicts when figures with base y exist but none has x;
 * - "over N" (or "approximately N", …) states an unrecorded estimate printed the same; it agrees with any other
 *   figure or context value equal to N, and contradicts the nearest estimate within `overTolerance` otherwise.
 */
export function proseFigures(prose: string, report: Report): ProseFigure[] {
  const figures = live(report);
  const found: ProseFigure[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, length: number) => !taken.some(([s, e]) => start < e && start + length > s);
  const add = (match: RegExpMatchArray, item: Omit<ProseFigure, 'offset' | 'literal'>) => {
    taken.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
    found.push({ offset: match.index ?? 0, literal: match[0], ...item });
  };

  const intervals = figures.filter((f) => f.interval);
  for (const match of prose.matchAll(intervalPattern)) {
    const signed = match[1] !== undefined;
    const written = match[1] ?? match[2] ?? '';
    const stands = match[0].slice(0, match[0].indexOf(written) + written.length);
    const states = intervals.filter((f) => f.interval?.text === `±${written}`).map((f) => placeholder(f, 'ci'));
    // Unsigned, "x percentage points" is often a difference between rates: it is a figure only when it states one.
    if (!signed && !states.length) continue;
    const closest = nearest(intervals, (f) => Math.abs((f.interval?.halfWidth ?? Infinity) - Number(written)));
    const contradicts = !states.length && closest ? { measure: closest.measure, is: `${closest.measure} is ${closest.interval?.text}`, placeholder: placeholder(closest, 'ci') } : null;
    if (states.length || contradicts) add(match, { form: 'interval', stands, states, agrees: false, contradicts });
  }

  const rates = figures.filter((f) => f.rate);
  const knownPercents = [
    ...rates.flatMap((f) => [f.rate?.value, f.interval?.low, f.interval?.high]),
    ...(report.context.auditableRoutePctText ? [Number.parseFloat(report.context.auditableRoutePctText)] : []),
  ].filter((v): v is number => v !== undefined);
  for (const match of prose.matchAll(percentPattern)) {
    if (!free(match.index, match[0].length)) continue;
    const written = match[1] ?? '';
    const value = Number(written);
    const decimals = decimalsOf(written);
    const states = rates.filter((f) => decimalsOf(f.rate?.text ?? '') === decimals && formatPercent(value, decimals) === f.rate?.text).map((f) => placeholder(f, 'rate'));
    const equal = (v: number) => formatPercent(v, decimals) === formatPercent(value, decimals);
    const equalAtFigurePrecision = (f: Figure) => f.rate !== null && formatPercent(value, decimalsOf(f.rate.text)) === f.rate.text;
    const agrees = knownPercents.some(equal) || rates.some(equalAtFigurePrecision);
    const closest = nearest(rates, (f) => Math.abs((f.rate?.value ?? Infinity) - value));
    const contradicts =
      !agrees && closest && Math.abs((closest.rate?.value ?? Infinity) - value) <= percentTolerance
        ? { measure: closest.measure, is: `${closest.measure} is ${closest.rate?.text}`, placeholder: placeholder(closest, 'rate') }
        : null;
    add(match, { form: 'percent', stands: match[0], states, agrees, contradicts });
  }

  for (const match of prose.matchAll(ofPattern)) {
    const x = toNumber(match[1] ?? '');
    const n = toNumber(match[2] ?? '');
    const sameBase = figures.filter((f) => f.shape === 'proportion' && f.denominator === n && f.numerator !== null);
    const states = sameBase.filter((f) => f.numerator === x).map((f) => placeholder(f, 'of'));
    const closest = nearest(sameBase, (f) => Math.abs((f.numerator ?? 0) - x));
    const contradicts = !states.length && closest ? { measure: closest.measure, is: `${closest.measure} is ${closest.countText}`, placeholder: placeholder(closest, 'of') } : null;
    add(match, { form: 'of', stands: match[0], states, agrees: states.length > 0, contradicts });
  }

  const estimates = figures.filter((f) => f.unrecorded);
  const knownCounts = [
    ...estimates.flatMap((f) => [f.unrecorded?.over, f.unrecorded?.range?.low, f.unrecorded?.range?.high]),
    ...figures.map((f) => f.additional?.value),
    report.context.prcTotal,
    report.context.population,
  ];
  for (const match of prose.matchAll(overPattern)) {
    const n = toNumber(match[2] ?? '');
    const states = estimates.filter((f) => f.unrecorded?.text === match[0]).map((f) => placeholder(f, 'over'));
    const agrees = knownCounts.includes(n);
    const closest = nearest(estimates, (f) => Math.abs((f.unrecorded?.over ?? Infinity) - n));
    const over = closest?.unrecorded?.over;
    const contradicts =
      !agrees && closest && over !== undefined && Math.abs(over - n) <= overTolerance * over
        ? { measure: closest.measure, is: `${closest.measure} unrecorded is ${closest.unrecorded?.text}`, placeholder: placeholder(closest, 'over') }
        : null;
    add(match, { form: 'over', stands: match[0], states, agrees, contradicts });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function nearest<T>(items: readonly T[], distance: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>((best, item) => (best === undefined || distance(item) < distance(best) ? item : best), undefined);
}
