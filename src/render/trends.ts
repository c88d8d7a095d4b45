import type { Trend, TrendRow } from '../engine/compute/model.ts';
import { messages, type Locale } from '../i18n/index.ts';
import { reportTitle } from './localised.ts';

/*
 * A force's change over time (compute/buildComparisons.ts) in words, from the catalogue's `trend` templates: the
 * model gives the series, the direction and size of each change and its test; each language writes the sentences.
 */

type Change = NonNullable<TrendRow['change']>;

/** A series' name: "All crime", "Pob trosedd". */
export const trendLabel = (lang: Locale, trend: Pick<Trend, 'measure'>): string => messages(lang).trend.label[trend.measure];

/** An inspection of a series, as the page's language names it. */
export const trendInspectionTitle = (lang: Locale, row: Pick<TrendRow, 'inspection'>): string => reportTitle(lang, row.inspection);

/** A change: "up 13.0 points", "i fyny 13.0 pwynt", "no change". */
export const changeText = (lang: Locale, change: Pick<Change, 'direction' | 'pointsText'>): string => messages(lang).trend.change({ direction: change.direction, points: change.pointsText });

/** Whether a change is significant, as a table answers it: "Yes", "No", or that it cannot be tested. */
export function significantText(lang: Locale, change: Pick<Change, 'significant'>): string {
  const words = messages(lang).trend.significant;
  return change.significant === null ? words.untestable : change.significant ? words.yes : words.no;
}

/** A series summed up: no rate, one rate, or its latest change between the two latest rates and whether it is more than chance. */
export function trendSummary(lang: Locale, trend: Trend): string {
  const t = messages(lang).trend;
  const { measure } = trend;
  const rated = trend.rows.filter((row) => row.rateText !== null);
  const last = rated.at(-1);
  if (!last) return t.none({ measure });
  if (!last.change) return t.onlyOne({ measure, rate: last.rateText! });
  const first = rated.at(-2)!;
  const { direction, pointsText, significant } = last.change;
  const changed = t.changed({ measure, direction, points: pointsText, from: trendInspectionTitle(lang, first), fromRate: first.rateText!, to: trendInspectionTitle(lang, last), toRate: last.rateText! });
  const verdict = significant === null ? t.verdict.untestable : significant ? t.verdict.significant : t.verdict.notSignificant;
  return `${changed} ${verdict}`;
}
