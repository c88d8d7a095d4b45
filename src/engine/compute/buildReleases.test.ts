import { describe, expect, it } from 'vitest';
import { reportFor } from '../../../tests/render/fixtureReports.ts';
import type { Cells } from '../load/loadReleases.ts';
import { citedRelease, compareDatasets, currentDataset, forceRelease, releaseLog, reportRelease, type CorrectionReasons, type Dataset } from './buildReleases.ts';
import { valueColumns } from './figureValues.ts';

const inspection = (force: string, slug: string): Cells => ({
  force_id: force,
  inspection_slug: slug,
  force_name: `${force} Police`,
  inspection_title: `Inspection ${slug}`,
  page_url: `https://example.org/forces/${force}/${slug}/`,
});
const figure = (force: string, slug: string, measure: string, values: Partial<Cells> = {}): Cells => ({
  ...inspection(force, slug),
  measure,
  measure_label: measure,
  numerator: '',
  denominator: '',
  rate_pct: '',
  rate_status: '',
  pending: 'false',
  page_url: `https://example.org/forces/${force}/${slug}/#figure-${measure}`,
  ...values,
});
const none = () => [];

const first: Dataset = {
  inspections: [inspection('north', '2016-cdi'), inspection('west', '2017-cdi')],
  figures: [
    figure('north', '2016-cdi', 'overall', { rate_pct: '88', rate_status: 'as published' }),
    figure('north', '2016-cdi', 'rape', { numerator: '98', denominator: '118' }),
    figure('west', '2017-cdi', 'overall', { rate_pct: '91', rate_status: 'as published' }),
  ],
};
const second: Dataset = {
  inspections: [...first.inspections, inspection('east', '2019-cdi')],
  figures: [
    figure('north', '2016-cdi', 'overall', { rate_pct: '87.5', rate_status: 'as published' }),
    figure('north', '2016-cdi', 'violence', { numerator: '459', denominator: '524' }),
    figure('west', '2017-cdi', 'overall', { rate_pct: '91', rate_status: 'as published' }),
    figure('east', '2019-cdi', 'overall', { rate_pct: '90', rate_status: 'as published' }),
  ],
};

describe('compareDatasets(previous, current, reasons)', () => {
  const changes = compareDatasets(first, second, (key) => (key === 'north/2016-cdi' ? ['The rate was misprinted.'] : []));

  it('lists a changed figure with its old and new values and the correction’s reason', () => {
    expect(changes.figuresChanged).toEqual([
      expect.objectContaining({
        key: 'north/2016-cdi',
        measure: 'overall',
        changes: [{ column: 'rate_pct', from: '88', to: '87.5' }],
        reasons: ['The rate was misprinted.'],
      }),
    ]);
  });

  it('lists new inspections, new figures of earlier inspections and removed figures', () => {
    expect(changes.inspectionsAdded.map((i) => i.key)).toEqual(['east/2019-cdi']);
    expect(changes.figuresAdded.map((f) => `${f.key}/${f.measure}`)).toEqual(['north/2016-cdi/violence']);
    expect(changes.figuresRemoved.map((f) => `${f.key}/${f.measure}`)).toEqual(['north/2016-cdi/rape']);
  });

  it('counts a figure that stops being pending as changed, and an unchanged dataset as no change', () => {
    const pending: Dataset = { ...first, figures: [figure('west', '2017-cdi', 'overall', { pending: 'true' })] };
    const published: Dataset = { ...first, figures: [figure('west', '2017-cdi', 'overall', { rate_pct: '91', pending: 'false' })] };
    expect(compareDatasets(pending, published, none).figuresChanged[0]?.changes).toEqual([
      { column: 'rate_pct', from: '', to: '91' },
      { column: 'pending', from: 'true', to: 'false' },
    ]);
    expect(compareDatasets(first, first, none)).toEqual({ inspectionsAdded: [], figuresAdded: [], figuresChanged: [], figuresRemoved: [] });
  });
});

const releases = [
  { version: '1.0.0', date: '2026-01-10', notes: 'First release.', snapshot: first },
  { version: '1.1.0', date: '2026-02-01', notes: '', snapshot: second },
];
const corrections: CorrectionReasons = (key, after, upTo) =>
  [{ key: 'north/2016-cdi', date: '2026-01-20', reason: 'The rate was misprinted.' }]
    .filter((c) => c.key === key && (after === null || c.date > after) && (upTo === null || c.date <= upTo))
    .map((c) => c.reason);

describe('releaseLog(releases, current, reasons)', () => {
  it('compares each release with the one before, latest first; the first adds every inspection', () => {
    const log = releaseLog(releases, second, corrections);
    expect(log.releases.map((r) => [r.version, r.previous])).toEqual([['1.1.0', '1.0.0'], ['1.0.0', null]]);
    expect(log.releases[1]?.changes.inspectionsAdded.map((i) => i.key)).toEqual(['north/2016-cdi', 'west/2017-cdi']);
    expect(log.releases[0]?.changes.figuresChanged[0]?.reasons).toEqual(['The rate was misprinted.']);
    expect(log.unreleased).toBeNull();
  });

  it('gives a correction’s reason only to the release whose period it falls in', () => {
    const log = releaseLog([releases[0]!, { ...releases[1]!, date: '2026-01-15' }], second, corrections);
    expect(log.releases[0]?.changes.figuresChanged[0]?.reasons).toEqual([]);
  });

  it('lists what the current data changes since the latest release, and cites untouched figures from that release', () => {
    const current: Dataset = { ...second, figures: second.figures.map((f) => (f.measure === 'violence' ? { ...f, numerator: '460' } : f)) };
    const log = releaseLog(releases, current, corrections);
    expect(log.unreleased?.figuresChanged.map((f) => f.measure)).toEqual(['violence']);
    const north = reportRelease(log, 'north/2016-cdi', ['overall', 'violence']);
    expect(citedRelease(north, ['violence'])).toBeNull();
    expect(citedRelease(north, ['overall'])?.version).toBe('1.1.0');
    expect(citedRelease(north, ['overall', 'violence'])).toBeNull();
    expect(citedRelease(reportRelease(log, 'west/2017-cdi', ['overall']), ['overall'])).toEqual({ version: '1.1.0', date: '2026-02-01', notes: '' });
  });

  it("cites a force chart from the latest release unless a figure its trends plot was added or changed since", () => {
    const current: Dataset = { ...second, figures: second.figures.map((f) => (f.measure === 'violence' ? { ...f, numerator: '460' } : f)) };
    const log = releaseLog(releases, current, corrections);
    const row = (key: string, measure: string | null) => ({ inspection: { key }, figure: measure ? { measure } : null });
    expect(forceRelease(log, [{ rows: [row('north/2016-cdi', 'overall'), row('west/2017-cdi', null)] }])?.version).toBe('1.1.0');
    expect(forceRelease(log, [{ rows: [row('north/2016-cdi', 'overall')] }, { rows: [row('north/2016-cdi', 'violence')] }])).toBeNull();
    const added = releaseLog(releases.slice(0, 1), second, corrections);
    expect(forceRelease(added, [{ rows: [row('east/2019-cdi', 'overall')] }])).toBeNull();
    expect(forceRelease(added, [{ rows: [row('west/2017-cdi', 'overall')] }])?.version).toBe('1.0.0');
    expect(forceRelease(releaseLog([], second, corrections), [{ rows: [row('west/2017-cdi', 'overall')] }])).toBeNull();
  });

  it('has no release to cite before the first release', () => {
    const release = reportRelease(releaseLog([], second, corrections), 'west/2017-cdi', ['overall']);
    expect(citedRelease(release, ['overall'])).toBeNull();
  });
});

describe('currentDataset(reports)', () => {
  it('gives the model’s values cell by cell as the figures download writes them, with no CSV written and read back', () => {
    const report = reportFor('northshire/2018-cdi');
    const { inspections, figures } = currentDataset([report]);
    expect(inspections).toEqual([{ force_id: 'northshire', inspection_slug: '2018-cdi', force_name: report.force.name, inspection_title: report.title }]);
    const overall = figures.find((row) => row.measure === 'overall')!;
    expect(overall).toMatchObject({ rate_pct: '89.5', rate_status: 'as published', ci_half_width_pct: '1.64', pending: 'false' });
    expect(Object.keys(overall)).toEqual(['force_id', 'inspection_slug', 'force_name', 'inspection_title', 'measure', 'measure_label', ...valueColumns]);
  });
});
