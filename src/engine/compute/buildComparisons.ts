import { trendMeasures } from '../vocabulary.ts';
import { formatPercent } from './format.ts';
import { oldestFirst } from './inspectionOrder.ts';
import type { Figure, Report, Trend, TrendRow } from './model.ts';
import { compareRates, twoProportionTest } from './stats/index.ts';

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
  // All crime is always a series (a page says that no inspection published it); the others only where published.
  return trendMeasures.flatMap((measure) => {
    const figures = ordered.map((r) => find(r, measure));
    if (measure !== 'overall' && figures.every((f) => f === undefined)) return [];
    let previous: Figure | undefined;
    const rows: TrendRow[] = ordered.map((r, i) => {
      const f = figures[i];
      const row: TrendRow = {
        inspection: { key: r.key, url: r.url, title: r.title, published: r.published?.date ?? null, kind: r.kind, year: r.year, publishedText: r.published?.text ?? null },
        rateText: f?.rate?.text ?? null,
        figure: f?.rate ? { measure: f.measure, value: f.rate.value, status: f.rate.status, low: f.interval?.low ?? null, high: f.interval?.high ?? null, bounds: f.interval ? { lowText: f.interval.lowText, highText: f.interval.highText } : null } : null,
        intervalText: f?.interval?.text ?? null,
        absent: absence(f ?? r.figures.find((g) => g.measure === measure)),
        change: f && previous ? change(previous, f) : null,
      };
      if (f) previous = f;
      return row;
    });
    return [{ measure, rows }];
  });
}

function change(a: Figure, b: Figure): NonNullable<TrendRow['change']> {
  const points = b.rate!.value - a.rate!.value;
  const pointsText = formatPercent(Math.abs(points), 1).slice(0, -1);
  const tested = test(a, b);
  return {
    points,
    direction: pointsText === '0.0' ? 'none' : points > 0 ? 'up' : 'down',
    pointsText,
    test: tested?.test ?? null,
    significant: tested?.significant ?? null,
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
