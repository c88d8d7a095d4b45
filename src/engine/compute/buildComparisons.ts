import { formatPercent } from './format.ts';
import { oldestFirst } from './inspectionOrder.ts';
import type { Figure, Report, Trend, TrendRow } from './model.ts';
import { compareRates, twoProportionTest } from './stats/index.ts';

const series = [
  // A 2014 dip sample is a rate of its own (crimes recorded of those audited), never the all-crime rate.
  { measure: 'overall', label: 'All crime', phrase: 'the recording rate for all crime', figure: (r: Report) => find(r, 'overall'), always: true },
  { measure: 'violence', label: 'Violence against the person', phrase: 'the recording rate for violence against the person', figure: (r: Report) => find(r, 'violence'), always: false },
  { measure: 'sexual-offences', label: 'Sexual offences (including rape)', phrase: 'the recording rate for sexual offences', figure: (r: Report) => find(r, 'sexual-offences'), always: false },
  // Its own series, so that a chart can draw it as what it is.
  { measure: 'dip-sample', label: 'Dip sample: crimes recorded', phrase: 'the share of crimes recorded in a dip sample', figure: (r: Report) => find(r, 'dip-sample'), always: false },
];

const find = (r: Report, measure: string): Figure | undefined => r.figures.find((f) => f.measure === measure && f.rate !== null);

/** Why a row's rate and interval are missing, from the inspection's figure of the measure, if it has one. */
const absence = (f: Figure | undefined): TrendRow['absent'] => ({
  rate: f?.absent.rate ?? null,
  interval: f?.rate ? f.absent.interval : (f?.absent.rate ?? null),
  pending: f?.pending ?? false,
});

/**
 * One force's recording rates over time, oldest first, each compared with the previous inspection that had a rate:
 * a two-proportion test where both have counts, a test from the printed intervals where both have one, else untested.
 */
export function buildComparisons(reports: readonly Report[]): Trend[] {
  const ordered = oldestFirst(reports);
  return series.flatMap(({ measure, label, phrase, figure, always }) => {
    const figures = ordered.map(figure);
    if (!always && figures.every((f) => f === undefined)) return [];
    let previous: Figure | undefined;
    const rows: TrendRow[] = ordered.map((r, i) => {
      const f = figures[i];
      const row: TrendRow = {
        inspection: { key: r.key, url: r.url, title: r.title, published: r.published?.date ?? null, kindLabel: r.kindLabel, publishedText: r.published?.text ?? null },
        rateText: f?.rate?.text ?? null,
        figure: f?.rate ? { measure: f.measure, value: f.rate.value, status: f.rate.status, low: f.interval?.low ?? null, high: f.interval?.high ?? null, rangeText: f.interval?.rangeText ?? null } : null,
        intervalText: f?.interval?.text ?? null,
        absent: absence(f ?? r.figures.find((g) => g.measure === measure)),
        change: f && previous ? change(previous, f) : null,
      };
      if (f) previous = f;
      return row;
    });
    return [{ measure, label, rows, summary: summarise(rows, phrase) }];
  });
}

function change(a: Figure, b: Figure): NonNullable<TrendRow['change']> {
  const points = b.rate!.value - a.rate!.value;
  const rounded = formatPercent(Math.abs(points), 1).slice(0, -1);
  const text = rounded === '0.0' ? 'no change' : `${points > 0 ? 'up' : 'down'} ${rounded} points`;
  const tested = test(a, b);
  return {
    points,
    text,
    test: tested?.test ?? null,
    significant: tested?.significant ?? null,
    significantText: tested ? (tested.significant ? 'Yes' : 'No') : 'Cannot be tested: interval not published',
  };
}

function test(a: Figure, b: Figure): { test: 'counts' | 'intervals'; significant: boolean } | null {
  if (a.numerator !== null && a.denominator && b.numerator !== null && b.denominator) {
    return { test: 'counts', significant: twoProportionTest(a.numerator, a.denominator, b.numerator, b.denominator).significant };
  }
  if (a.interval && b.interval && a.interval.halfWidth + b.interval.halfWidth > 0) {
    const compared = compareRates({ p: a.rate!.value, halfWidth: a.interval.halfWidth }, { p: b.rate!.value, halfWidth: b.interval.halfWidth });
    return { test: 'intervals', significant: compared.significant };
  }
  return null;
}

function summarise(rows: readonly TrendRow[], phrase: string): string {
  const rated = rows.filter((r) => r.rateText !== null);
  const last = rated.at(-1);
  if (!last) return `No inspection of this force published ${phrase}.`;
  if (!last.change) return `Only one inspection published ${phrase} (${last.rateText}), so there is no change to compare.`;
  const first = rated.at(-2)!;
  const moved = last.change.text === 'no change' ? 'did not change' : `went ${last.change.text}`;
  const verdict =
    last.change.significant === null
      ? 'Whether this is more than chance cannot be tested, because a 95% interval was not published for both inspections.'
      : last.change.significant
        ? 'This change is statistically significant at the 95% level.'
        : 'This change is not statistically significant at the 95% level: it could be chance variation in the audited samples.';
  const capital = phrase[0]!.toUpperCase() + phrase.slice(1);
  return `${capital} ${moved} between ${first.inspection.title} (${first.rateText}) and ${last.inspection.title} (${last.rateText}). ${verdict}`;
}
