import { isNational } from '../engine/compute/buildNational.ts';
import type { Site, Trend, TrendRow } from '../engine/compute/model.ts';
import type { Locale } from '../i18n/index.ts';
import { forcePath } from '../routes.ts';
import { changeText, significantText, trendLabel } from './trends.ts';

/** One change of a force's rate between two consecutive inspections that published it (compute/buildComparisons.ts). */
export interface ChangeRow {
  forceId: string;
  force: string;
  forceUrl: string;
  measure: string;
  measureLabel: string;
  from: { title: string; url: string; year: string | null; rateText: string; value: number };
  to: { title: string; url: string; year: string | null; rateText: string; value: number };
  points: number;
  /** The change as the model gives it (compute/buildComparisons.ts): which way, once rounded, and by how much. */
  direction: NonNullable<TrendRow['change']>['direction'];
  pointsText: string;
  changeText: string;
  test: 'counts' | 'intervals' | null;
  significant: boolean | null;
  /** The force page's own wording: "Yes", "No", or "Cannot be tested: interval not published". */
  significantText: string;
}

export interface Changes {
  rows: ChangeRow[];
  counts: {
    all: number;
    byCounts: number;
    byIntervals: number;
    untested: number;
    significant: number;
    up: number;
    down: number;
    /** Forces with at most one rate per series: no change to compute. */
    forcesWithoutChange: number;
  };
}

function rowsOf(force: Site['forces'][number], trend: Trend, year: (row: TrendRow) => string | null): ChangeRow[] {
  let previous: TrendRow | null = null;
  const out: ChangeRow[] = [];
  for (const row of trend.rows) {
    if (!row.figure) continue;
    if (previous?.figure && row.change) {
      const end = (r: TrendRow) => ({ title: r.inspection.title, url: r.inspection.url, year: year(r), rateText: r.rateText!, value: r.figure!.value });
      out.push({
        forceId: force.id,
        force: force.name,
        forceUrl: forcePath(force.id),
        measure: trend.measure,
        measureLabel: trendLabel('en', trend),
        from: end(previous),
        to: end(row),
        points: row.change.points,
        direction: row.change.direction,
        pointsText: row.change.pointsText,
        changeText: changeText('en', row.change),
        test: row.change.test,
        significant: row.change.significant,
        significantText: significantText('en', row.change),
      });
    }
    previous = row;
  }
  return out;
}

/**
 * Every force's change between consecutive inspections that published the same rate (the series of
 * compute/buildComparisons.ts: all crime, violence, sexual offences, a 2014 dip sample on its own), with the
 * significance the force pages give, and the counts of what could and could not be tested.
 */
export function siteChanges(site: Site): Changes {
  const forces = site.forces.filter((f) => !isNational(f));
  // The year a reader knows each inspection by, as every other page gives it (Report.year).
  const years = new Map(site.reports.map((r) => [r.key, r.year]));
  const year = (row: TrendRow) => years.get(row.inspection.key) ?? null;
  const rows = forces.flatMap((force) => force.trends.flatMap((trend) => rowsOf(force, trend, year)));
  return {
    rows,
    counts: {
      all: rows.length,
      byCounts: rows.filter((r) => r.test === 'counts').length,
      byIntervals: rows.filter((r) => r.test === 'intervals').length,
      untested: rows.filter((r) => r.test === null).length,
      significant: rows.filter((r) => r.significant === true).length,
      up: rows.filter((r) => r.significant === true && r.points > 0).length,
      down: rows.filter((r) => r.significant === true && r.points < 0).length,
      forcesWithoutChange: forces.filter((f) => !rows.some((r) => r.forceId === f.id)).length,
    },
  };
}

/** The table's columns, as data (the CSV download) and as the page's headers. */
export const changeColumns: { name: string; title: string; value: (r: ChangeRow) => string | number | boolean | null }[] = [
  { name: 'force', title: 'Force', value: (r) => r.force },
  { name: 'force_id', title: 'Force id, as in /data/figures.csv', value: (r) => r.forceId },
  { name: 'measure', title: 'Measure', value: (r) => r.measure },
  { name: 'from_inspection', title: 'Earlier inspection', value: (r) => r.from.title },
  { name: 'from_year', title: 'Year of the earlier inspection', value: (r) => r.from.year },
  { name: 'from_rate_pct', title: 'Earlier rate, in percent', value: (r) => r.from.value },
  { name: 'to_inspection', title: 'Later inspection', value: (r) => r.to.title },
  { name: 'to_year', title: 'Year of the later inspection', value: (r) => r.to.year },
  { name: 'to_rate_pct', title: 'Later rate, in percent', value: (r) => r.to.value },
  { name: 'change_points', title: 'Later minus earlier, in percentage points', value: (r) => Number(r.points.toFixed(4)) },
  { name: 'test', title: 'How it was tested: counts (two-proportion test), intervals (from the printed ±), or empty: not testable', value: (r) => r.test },
  { name: 'significant', title: 'Significant at the 95% level: true, false, or empty where it cannot be tested', value: (r) => r.significant },
  { name: 'significance', title: 'As the force page says it', value: (r) => r.significantText },
];

/** A change's words in a language: its size ("up 13.0 points", "i fyny 13.0 pwynt") and whether it is more than chance, from the catalogue's `trend` words (render/trends.ts), as the force pages give them. */
export function changeWords(lang: Locale, row: Pick<ChangeRow, 'direction' | 'pointsText' | 'significant'>): { change: string; significant: string } {
  return { change: changeText(lang, row), significant: significantText(lang, row) };
}
