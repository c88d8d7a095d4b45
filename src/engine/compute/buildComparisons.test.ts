import { describe, expect, it } from 'vitest';
import { figure, report } from '../../../tests/overview/reportFixture.ts';
import { buildComparisons } from './buildComparisons.ts';

describe('buildComparisons', () => {
  it('buildComparisons(reports) tests two counts with the two-proportion test: 80 of 100 then 90 of 100 is up 10.0 points, significant', () => {
    const [overall] = buildComparisons([
      report('k', 'b', '2018-01-01', [figure('overall', 90, null, [90, 100])]),
      report('k', 'a', '2016-01-01', [figure('overall', 80, null, [80, 100])]),
    ]);
    expect(overall!.rows.map((r) => r.inspection.key)).toEqual(['k/a', 'k/b']);
    expect(overall!.rows[0]!.change).toBeNull();
    // Pooled 0.85: z = 0.1 / √(0.85·0.15·0.02) = 1.98, p = 0.048 < 0.05.
    expect(overall!.rows[1]!.change).toMatchObject({ direction: 'up', pointsText: '10.0', test: 'counts', significant: true });
    expect(overall!.rows[1]!.change!.points).toBeCloseTo(10, 12);
  });

  it('buildComparisons(reports) tests two printed intervals: 80.0 ± 3.15 then 85.0 ± 3.00 is significant, 83.0 ± 3.00 is not', () => {
    // se = √((3.15/1.96)² + (3.00/1.96)²) = 2.219 points: z = 5 / 2.219 = 2.25 (p = 0.024); z = 3 / 2.219 = 1.35 (p = 0.18).
    const up5 = buildComparisons([report('k', 'a', '2016-01-01', [figure('overall', 80, 3.15)]), report('k', 'b', '2018-01-01', [figure('overall', 85, 3)])]);
    const up3 = buildComparisons([report('k', 'a', '2016-01-01', [figure('overall', 80, 3.15)]), report('k', 'b', '2018-01-01', [figure('overall', 83, 3)])]);
    expect(up5[0]!.rows[1]!.change).toMatchObject({ direction: 'up', pointsText: '5.0', test: 'intervals', significant: true });
    expect(up3[0]!.rows[1]!.change).toMatchObject({ direction: 'up', pointsText: '3.0', test: 'intervals', significant: false });
  });

  it('buildComparisons(reports) says a change cannot be tested when an interval is not published', () => {
    const [overall] = buildComparisons([report('kent', 'a', '2017-06-15', [figure('overall', 83.6, 1.85)]), report('kent', 'b', '2019-01-15', [figure('overall', 96.6)])]);
    expect(overall!.rows[1]!.change).toMatchObject({ direction: 'up', pointsText: '13.0', test: null, significant: null });
  });

  it('buildComparisons(reports) compares with the previous inspection that has a rate, skipping one that has none', () => {
    const [overall] = buildComparisons([
      report('k', 'a', '2016-01-01', [figure('overall', 81.52, 1.72)]),
      report('k', 'b', '2017-01-01', []),
      report('k', 'c', '2018-01-01', [figure('overall', 79.52, 1.5)]),
    ]);
    expect(overall!.rows[1]).toMatchObject({ rateText: null, change: null });
    expect(overall!.rows[2]!.change).toMatchObject({ direction: 'down', pointsText: '2.0' });
  });

  it('buildComparisons(reports) places an undated 2014 dip sample by its audit period, but never as an all-crime rate', () => {
    const trends = buildComparisons([
      report('d', '2016-cdi', '2017-02-09', [figure('overall', 81.52, 1.72)]),
      report('d', '2014-dip-sample', null, [figure('dip-sample', 83.8, null, [98, 117])], { kind: 'dip-sample-2014', auditEnd: '2013-04-30' }),
    ]);
    const overall = trends[0];
    expect(overall!.rows.map((r) => [r.inspection.key, r.rateText])).toEqual([['d/2014-dip-sample', null], ['d/2016-cdi', '81.52%']]);
    expect(overall!.rows[1]!.change).toBeNull();
    // A chart draws each row by the measure it was published as; the dip sample is a series of its own.
    expect(trends.find((t) => t.measure === 'dip-sample')!.rows.map((r) => r.figure?.measure ?? null)).toEqual(['dip-sample', null]);
    expect(overall!.rows[1]!.figure).toEqual({ measure: 'overall', value: 81.52, status: 'published', low: 81.52 - 1.72, high: 81.52 + 1.72, bounds: { lowText: `${81.52 - 1.72}%`, highText: `${81.52 + 1.72}%` } });
  });

  it('buildComparisons(reports) adds a violence series only where a violence rate is published', () => {
    expect(buildComparisons([report('k', 'a', '2016-01-01', [figure('overall', 80, 3)])]).map((t) => t.measure)).toEqual(['overall']);
    const trends = buildComparisons([report('k', 'a', '2016-01-01', [figure('overall', 80, 3), figure('violence', 76.1, 3.21)])]);
    expect(trends.map((t) => t.measure)).toEqual(['overall', 'violence']);
    expect(trends[1]!.rows.map((r) => [r.rateText, r.change])).toEqual([['76.1%', null]]);
  });

  it('buildComparisons(reports) adds a sexual-offences series where one is published, each row with its plotted figure or null', () => {
    const trends = buildComparisons([
      report('k', 'a', '2016-01-01', [figure('overall', 80, 3), figure('sexual-offences', 81, 4)]),
      report('k', 'b', '2018-01-01', [figure('overall', 90)]),
    ]);
    expect(trends.map((t) => t.measure)).toEqual(['overall', 'sexual-offences']);
    expect(trends[1]!.rows.map((r) => r.figure)).toEqual([{ measure: 'sexual-offences', value: 81, status: 'published', low: 77, high: 85, bounds: { lowText: '77%', highText: '85%' } }, null]);
    expect(trends[0]!.rows[1]!.figure).toEqual({ measure: 'overall', value: 90, status: 'published', low: null, high: null, bounds: null });
  });

  it('buildComparisons(reports) keeps an all-crime series where no inspection published a rate, and names each inspection by its kind and year', () => {
    const [overall, ...others] = buildComparisons([report('k', 'a', '2016-01-01', [])]);
    expect(others).toEqual([]);
    expect(overall!.rows.map((r) => [r.rateText, r.inspection.kind, r.inspection.year])).toEqual([[null, 'cdi', '2016']]);
  });

  it('buildComparisons(reports) calls a change that rounds to 0.0 points no change, whichever way it went', () => {
    const [overall] = buildComparisons([report('k', 'a', '2016-01-01', [figure('overall', 80.01)]), report('k', 'b', '2018-01-01', [figure('overall', 79.98)])]);
    expect(overall!.rows[1]!.change).toMatchObject({ direction: 'none', pointsText: '0.0' });
  });

  it('buildComparisons(reports) keeps why a rate or interval is missing, as each inspection gives it, so the table never says "not published" for one not found', () => {
    const unpublished = { ...figure('overall', 90), absent: { rate: null, interval: 'not-published' as const, unrecorded: null, count: null, additional: null } };
    const [overall] = buildComparisons([
      report('k', 'a', '2016-01-01', [figure('overall', null)]),
      report('k', 'b', '2017-01-01', [unpublished]),
      report('k', 'c', '2018-01-01', [{ ...figure('overall', null), pending: true }]),
      report('k', 'd', '2019-01-01', []),
    ]);
    expect(overall!.rows.map((r) => r.absent)).toEqual([
      { rate: 'not-found', interval: 'not-found', pending: false },
      { rate: null, interval: 'not-published', pending: false },
      { rate: 'not-found', interval: 'not-found', pending: true },
      { rate: null, interval: null, pending: false },
    ]);
  });
});
