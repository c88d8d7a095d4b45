import { formatPercent } from '../compute/format.ts';
import type { Figure, Report } from '../compute/model.ts';
import { error, type Problem } from '../vocabulary.ts';
import { narrativeText } from './narrativeText.ts';
import { sentenceAround } from './sentenceAround.ts';

/** How close (in percentage points) a written percentage must be to a rate to be taken as a mistyped figure. */
export const percentTolerance = 3;
/** How close (as a share) a written "over N" must be to an unrecorded estimate to be taken as a mistyped figure. */
export const overTolerance = 0.2;

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const percentPattern = /(?<![\d.,])(\d+(?:\.\d+)?)\s?(%|per\s+cent\b|percent\b)(?!\s+confidence)/gi;
const ofPattern = new RegExp(String.raw`(?<![\d.,])(${NUMBER}) of (?:the )?(${NUMBER})(?![.,]?\d)`, 'g');
const overPattern = new RegExp(String.raw`\bover (${NUMBER})(?![.,]?\d)(?!\s*(?:million|billion|%|per cent|percent))`, 'gi');

const toNumber = (text: string) => Number(text.replaceAll(',', ''));
const decimalsOf = (text: string) => text.split('.')[1]?.replace(/\D/g, '').length ?? 0;
const live = (report: Report) => report.figures.filter((f) => !f.pending);

/**
 * Flags figures written literally in a narrative that contradict the data, naming the correct value and
 * the placeholder to write instead. To stay quiet on unrelated numbers, a literal is an error only when
 * it matches no figure (or context value) and is close to one:
 * - a percentage, within `percentTolerance` points of a rate but equal to none at its printed precision;
 * - "x of y", when figures with denominator y exist but none has numerator x;
 * - "over N", within `overTolerance` of an unrecorded estimate but equal to none.
 */
export function checkProseFigures(file: string, text: string, report: Report): Problem[] {
  const { prose, at } = narrativeText(text);
  const figures = live(report);
  const problems: Problem[] = [];
  /**
   * The figure a literal was meant to be: the one its sentence names ("violent crimes" → violence), else the only
   * candidate; with several candidates and none named, the message lists them all.
   */
  const flag = (offset: number, literal: string, candidates: readonly Figure[], is: (f: Figure) => string, field: string) => {
    const named = candidates.filter((f) => namesMeasure(sentenceAround(prose, offset), f.measure));
    const meant = named.length === 1 ? named[0] : candidates.length === 1 ? candidates[0] : undefined;
    const message = meant
      ? `"${literal}" contradicts the data: ${is(meant)}; write {{${meant.measure}.${field}}}`
      : `"${literal}" matches no figure; the sentence names none of the figures it is close to: ${candidates.map((f) => `${is(f)} ({{${f.measure}.${field}}})`).join(', ')}; write the placeholder of the one it means`;
    problems.push(error(file, message, at(offset)));
  };

  for (const match of prose.matchAll(percentPattern)) {
    const written = match[1] ?? '';
    const value = Number(written);
    const decimals = decimalsOf(written);
    const rates = figures.filter((f) => f.rate);
    const known = [
      ...rates.flatMap((f) => [f.rate?.value, f.interval?.low, f.interval?.high]),
      ...(report.context.auditableRoutePctText ? [Number.parseFloat(report.context.auditableRoutePctText)] : []),
    ].filter((v): v is number => v !== undefined);
    const equal = (v: number) => formatPercent(v, decimals) === formatPercent(value, decimals);
    const equalAtFigurePrecision = (f: Figure) => f.rate !== null && formatPercent(value, decimalsOf(f.rate.text)) === f.rate.text;
    if (known.some(equal) || rates.some(equalAtFigurePrecision)) continue;
    const close = rates.filter((f) => Math.abs((f.rate?.value ?? Infinity) - value) <= percentTolerance);
    if (close.length) flag(match.index, match[0], close, (f) => `${f.measure} is ${f.rate?.text}`, 'rate');
  }

  for (const match of prose.matchAll(ofPattern)) {
    const x = toNumber(match[1] ?? '');
    const n = toNumber(match[2] ?? '');
    const sameBase = figures.filter((f) => f.shape === 'proportion' && f.denominator === n && f.numerator !== null);
    if (!sameBase.length || sameBase.some((f) => f.numerator === x)) continue;
    flag(match.index, match[0], sameBase, (f) => `${f.measure} is ${f.countText}`, 'of');
  }

  for (const match of prose.matchAll(overPattern)) {
    const n = toNumber(match[1] ?? '');
    const estimates = figures.filter((f) => f.unrecorded);
    const known = [
      ...estimates.flatMap((f) => [f.unrecorded?.over, f.unrecorded?.range?.low, f.unrecorded?.range?.high]),
      ...figures.map((f) => f.additional?.value),
      report.context.prcTotal,
      report.context.population,
    ];
    if (known.includes(n)) continue;
    const close = estimates.filter((f) => f.unrecorded && Math.abs(f.unrecorded.over - n) <= overTolerance * f.unrecorded.over);
    if (close.length) flag(match.index, match[0], close, (f) => `${f.measure} unrecorded is ${f.unrecorded?.text}`, 'over');
  }
  return problems;
}

/** Words by which a sentence names a measure; a measure without an entry is never taken as named. */
const measureWords: Readonly<Record<string, RegExp>> = {
  overall: /\ball (?:reported )?crimes?\b|\boverall\b/i,
  violence: /\bviolen(?:ce|t)\b/i,
  'sexual-offences': /\bsexual offen[cs]es?\b/i,
  'domestic-abuse': /\bdomestic abuse\b/i,
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
