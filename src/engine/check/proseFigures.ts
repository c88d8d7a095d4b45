import { formatPercent } from '../compute/format.ts';
import type { Figure, Report } from '../compute/model.ts';
import { unrecordedQualifiers } from '../vocabulary.ts';
import { sentenceAround } from './sentenceAround.ts';

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
  /**
   * The figure it contradicts, when it matches none and is close to one: the one its sentence names ("violent
   * crimes" → violence), else the only one it is close to.
   */
  contradicts: Candidate | null;
  /** When it is close to several figures and its sentence names none of them: all of them, for the message to list. */
  candidates: Candidate[];
}

interface Candidate {
  measure: string;
  is: string;
  placeholder: string;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const DECIMAL = String.raw`\d+(?:\.\d+)?`;
// "±1.5", "±1.5%", "±1.5 percentage points", and "1.5 percentage points" (a half-width is printed in points).
const intervalPattern = new RegExp(String.raw`±\s?(${DECIMAL})(?![\d.])(?:\s?%|\s+percentage points?\b)?|(?<![\d.,±])(${DECIMAL})\s+percentage points?\b`, 'g');
// "91.2%", "91.2 per cent" (any space, including a non-breaking one), "91.2 percent"; not "95% confidence".
// Each pattern reads Welsh too: "87.6 y cant", "459 o 524", "dros 4,400" (docs/welsh-terms.md).
const percentPattern = new RegExp(String.raw`(?<![\d.,±])(${DECIMAL})\s?(%|per\s+cent\b|percent\b|y\s+cant\b)(?!\s+confidence)`, 'gi');
const ofPattern = new RegExp(String.raw`(?<![\d.,])(${NUMBER}) (?:of (?:the )?|o )(${NUMBER})(?![.,]?\d)`, 'g');
const overPattern = new RegExp(String.raw`\b(${[...unrecordedQualifiers, 'dros'].join('|')}) (${NUMBER})(?![.,]?\d)(?!\s*(?:million|billion|miliwn|%|per cent|percent|y cant))`, 'gi');

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
  const add = (match: RegExpMatchArray, item: Omit<ProseFigure, 'offset' | 'literal' | 'candidates'>) => {
    taken.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
    found.push({ offset: match.index ?? 0, literal: match[0], candidates: [], ...item });
  };
  /** A literal that matches no figure, held to the figures it is close to (see `contradicts` and `candidates`). */
  const addContradiction = (match: RegExpMatchArray, item: Omit<ProseFigure, 'offset' | 'literal' | 'contradicts' | 'candidates'>, close: readonly Figure[], is: (f: Figure) => string, field: string) => {
    const candidate = (f: Figure): Candidate => ({ measure: f.measure, is: `${f.measure} ${is(f)}`, placeholder: placeholder(f, field) });
    const named = close.filter((f) => namesMeasure(sentenceAround(prose, match.index ?? 0), f.measure));
    const meant = named.length === 1 ? named[0] : close.length === 1 ? close[0] : undefined;
    add(match, { ...item, contradicts: meant ? candidate(meant) : null });
    if (!meant) (found.at(-1) as ProseFigure).candidates = close.map(candidate);
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
    const close = agrees ? [] : rates.filter((f) => Math.abs((f.rate?.value ?? Infinity) - value) <= percentTolerance);
    addContradiction(match, { form: 'percent', stands: match[0], states, agrees }, close, (f) => `is ${f.rate?.text}`, 'rate');
  }

  for (const match of prose.matchAll(ofPattern)) {
    const x = toNumber(match[1] ?? '');
    const n = toNumber(match[2] ?? '');
    const sameBase = figures.filter((f) => f.shape === 'proportion' && f.denominator === n && f.numerator !== null);
    const states = sameBase.filter((f) => f.numerator === x).map((f) => placeholder(f, 'of'));
    addContradiction(match, { form: 'of', stands: match[0], states, agrees: states.length > 0 }, states.length ? [] : sameBase, (f) => `is ${f.countText}`, 'of');
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
    const close = agrees || states.length ? [] : estimates.filter((f) => f.unrecorded && Math.abs(f.unrecorded.over - n) <= overTolerance * f.unrecorded.over);
    addContradiction(match, { form: 'over', stands: match[0], states, agrees }, close, (f) => `unrecorded is ${f.unrecorded?.text}`, 'over');
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function nearest<T>(items: readonly T[], distance: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>((best, item) => (best === undefined || distance(item) < distance(best) ? item : best), undefined);
}

/**
 * Words by which a sentence names a measure, in English and (from docs/welsh-terms.md) Welsh; a measure without an
 * entry is never taken as named.
 */
const measureWords: Readonly<Record<string, RegExp>> = {
  overall: /\ball (?:reported )?crimes?\b|\boverall\b|\bin all\b|\bof (?:the )?(?:reported )?crimes\b|\bholl droseddau\b/i,
  violence: /\bviolen(?:ce|t)\b|\b[td]rais\b|\btreisgar\b/i,
  'sexual-offences': /\bsexual offen[cs]es?\b|\btroseddau rhywiol\b/i,
  'domestic-abuse': /\bdomestic abuse\b|\bcam-drin domestig\b/i,
  rape: /\brapes?\b/i,
  'n100-applied': /\bN100\b/,
  'timeliness-violence': /\b24 hours\b[^.]*\bviolen|\bviolen[^.]*\b24 hours\b/i,
  'timeliness-sexual-offences': /\b24 hours\b[^.]*\bsexual offen|\bsexual offen[^.]*\b24 hours\b/i,
};

/**
 * Whether a sentence names a measure. A more specific measure it names hides a broader one: "violent crimes
 * recorded within 24 hours" names timeliness-violence, not violence; "reported violent crimes" not overall.
 */
function namesMeasure(sentence: string, measure: string): boolean {
  const named = Object.keys(measureWords).filter((id) => measureWords[id]?.test(sentence));
  const hidden = new Set<string>();
  if (named.some((id) => id.startsWith('timeliness-'))) ['violence', 'sexual-offences'].forEach((id) => hidden.add(id));
  if (named.some((id) => id !== 'overall')) hidden.add('overall');
  return named.includes(measure) && !hidden.has(measure);
}
