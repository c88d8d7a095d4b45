import { formatPercent } from '../compute/format.ts';
import type { Figure, Report } from '../compute/model.ts';
import { error, type Problem } from '../vocabulary.ts';
import { narrativeText } from './narrativeText.ts';

/** How close (in percentage points) a written percentage must be to a rate to be taken as a mistyped figure. */
export const percentTolerance = 3;
/** How close (as a share) a written "over N" must be to an unrecorded estimate to be taken as a mistyped figure. */
export const overTolerance = 0.2;

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
// Each pattern reads English and Welsh: "87.6 y cant", "459 o 524", "dros 4,400" (docs/welsh-terms.md).
const percentPattern = /(?<![\d.,])(\d+(?:\.\d+)?)\s?(%|per\s+cent\b|percent\b|y\s+cant\b)(?!\s+confidence)/gi;
const ofPattern = new RegExp(String.raw`(?<![\d.,])(${NUMBER}) (?:of (?:the )?|o )(${NUMBER})(?![.,]?\d)`, 'g');
const overPattern = new RegExp(String.raw`\b(?:over|dros) (${NUMBER})(?![.,]?\d)(?!\s*(?:million|billion|miliwn|%|per cent|percent|y cant))`, 'gi');

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
  const flag = (offset: number, literal: string, is: string, placeholder: string) =>
    problems.push(error(file, `"${literal}" contradicts the data: ${is}; write ${placeholder}`, at(offset)));

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
    const closest = nearest(rates, (f) => Math.abs((f.rate?.value ?? Infinity) - value));
    if (closest && Math.abs((closest.rate?.value ?? Infinity) - value) <= percentTolerance) {
      flag(match.index, match[0], `${closest.measure} is ${closest.rate?.text}`, `{{${closest.measure}.rate}}`);
    }
  }

  for (const match of prose.matchAll(ofPattern)) {
    const x = toNumber(match[1] ?? '');
    const n = toNumber(match[2] ?? '');
    const sameBase = figures.filter((f) => f.shape === 'proportion' && f.denominator === n && f.numerator !== null);
    if (!sameBase.length || sameBase.some((f) => f.numerator === x)) continue;
    const closest = nearest(sameBase, (f) => Math.abs((f.numerator ?? 0) - x));
    if (closest) flag(match.index, match[0], `${closest.measure} is ${closest.countText}`, `{{${closest.measure}.of}}`);
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
    const closest = nearest(estimates, (f) => Math.abs((f.unrecorded?.over ?? Infinity) - n));
    const over = closest?.unrecorded?.over;
    if (closest && over !== undefined && Math.abs(over - n) <= overTolerance * over) {
      flag(match.index, match[0], `${closest.measure} unrecorded is ${closest.unrecorded?.text}`, `{{${closest.measure}.over}}`);
    }
  }
  return problems;
}

function nearest<T>(items: readonly T[], distance: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>((best, item) => (best === undefined || distance(item) < distance(best) ? item : best), undefined);
}
