import type { Cells, Snapshot } from '../load/loadReleases.ts';
import type { ReleaseInput } from '../validate/validateReleases.ts';
import { csvCell } from './csvCell.ts';
import { figureValues, valueColumns } from './figureValues.ts';
import type { Changes, Figure, FigureChange, FigureEntry, InspectionEntry, Release, ReleaseEntry, ReleaseLog, Report, ReportRelease } from './model.ts';
import { figureAnchor, reportPath } from '../../routes.ts';

/** Rows of the dataset, by column name, as its CSV cells read ("" is not published): a release's, or this build's. */
export type Dataset = Snapshot;

const inspectionKey = (row: Cells): string => `${row.force_id}/${row.inspection_slug}`;
const figureKey = (row: Cells): string => `${inspectionKey(row)}/${row.measure}`;

/** Reasons of the narrative corrections of an inspection dated after `after` (exclusive) and up to `upTo` (inclusive). */
export type CorrectionReasons = (inspection: string, after: string | null, upTo: string | null) => string[];

export function correctionReasons(reports: readonly Pick<Report, 'key' | 'narrative'>[]): CorrectionReasons {
  const byKey = new Map(reports.map((report) => [report.key, report.narrative?.corrections ?? []]));
  return (inspection, after, upTo) =>
    (byKey.get(inspection) ?? [])
      .filter((c) => (after === null || c.date > after) && (upTo === null || c.date <= upTo))
      .map((c) => c.reason);
}

/**
 * This build's dataset, made from the model's values directly, cell by cell as /data/figures.csv and
 * /data/inspections.csv write them: inspections by key, each one's figures in the order the report presents them.
 * Only the columns the change log reads: the keys, the names it shows, and the figure's values.
 */
export function currentDataset(reports: readonly Omit<Report, 'release'>[]): Dataset {
  const sorted = [...reports].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const inspections = sorted.map((report) => ({ force_id: report.force.id, inspection_slug: report.slug, force_name: report.force.name, inspection_title: report.title }));
  const figures = sorted.flatMap((report, i) =>
    report.figures.map((figure): Cells => ({ ...inspections[i], measure: figure.measure, measure_label: figure.label, ...figureCells(figure) })),
  );
  return { inspections, figures };
}

/** A figure's value columns as its row of /data/figures.csv reads them. */
export function figureCells(figure: Figure): Cells {
  const values = figureValues(figure);
  return Object.fromEntries(valueColumns.map((column) => [column, csvCell(values[column])]));
}

/** A snapshot row's inspection as the change log and the review name it. */
export const inspectionEntry = (row: Cells): InspectionEntry => ({
  key: inspectionKey(row),
  forceName: row.force_name ?? '',
  title: row.inspection_title ?? '',
  path: reportPath({ force: row.force_id ?? '', slug: row.inspection_slug ?? '' }),
});
const figureEntry = (row: Cells): FigureEntry => {
  const inspection = inspectionEntry(row);
  const measure = row.measure ?? '';
  return { ...inspection, measure, label: row.measure_label ?? '', path: `${inspection.path}#${figureAnchor(measure)}` };
};
const byKey = (rows: readonly Cells[], key: (row: Cells) => string): Map<string, Cells> => new Map(rows.map((row) => [key(row), row]));

/** What `current` adds, changes and removes compared with `previous` (null for a first release: everything is added). */
export function compareDatasets(previous: Dataset | null, current: Dataset, reasons: (inspection: string) => string[]): Changes {
  const oldInspections = byKey(previous?.inspections ?? [], inspectionKey);
  const oldFigures = byKey(previous?.figures ?? [], figureKey);
  const newFigures = byKey(current.figures, figureKey);
  const figuresChanged: FigureChange[] = [];
  const figuresAdded: FigureEntry[] = [];
  for (const [key, row] of newFigures) {
    const old = oldFigures.get(key);
    if (!old) {
      if (oldInspections.has(inspectionKey(row))) figuresAdded.push(figureEntry(row));
      continue;
    }
    const changes = valueColumns
      // A column that one of the two releases lacks came or went with a change of format, not of the figure.
      .filter((column) => column in row && column in old)
      .filter((column) => (old[column] ?? '') !== (row[column] ?? ''))
      .map((column) => ({ column, from: old[column] ?? '', to: row[column] ?? '' }));
    if (changes.length > 0) figuresChanged.push({ ...figureEntry(row), changes, reasons: reasons(inspectionKey(row)) });
  }
  return {
    inspectionsAdded: current.inspections.filter((row) => !oldInspections.has(inspectionKey(row))).map(inspectionEntry),
    figuresAdded,
    figuresChanged,
    figuresRemoved: [...oldFigures].filter(([key]) => !newFigures.has(key)).map(([, row]) => figureEntry(row)),
  };
}

const isEmpty = (changes: Changes): boolean => Object.values(changes).every((list: unknown[]) => list.length === 0);

/** Each release compared with the one before it, and this build's data compared with the latest release. */
export function releaseLog(releases: readonly Omit<ReleaseInput, 'narratives'>[], current: Dataset, reasons: CorrectionReasons): ReleaseLog {
  const entries = releases.map((release, i): ReleaseEntry => {
    const before = releases[i - 1] ?? null;
    const changes = compareDatasets(before?.snapshot ?? null, release.snapshot, (key) => reasons(key, before?.date ?? null, release.date));
    return { version: release.version, date: release.date, notes: release.notes, previous: before?.version ?? null, changes };
  });
  const latest = releases.at(-1);
  const unreleased = latest ? compareDatasets(latest.snapshot, current, (key) => reasons(key, latest.date, null)) : null;
  return { releases: entries.reverse(), unreleased: unreleased && !isEmpty(unreleased) ? unreleased : null };
}

/** The latest release and the measures of one inspection that the data has added or changed since. */
export function reportRelease(log: ReleaseLog, inspection: string, measures: readonly string[]): ReportRelease {
  const latest = log.releases[0] ?? null;
  const changes = log.unreleased;
  if (!latest || !changes) return { latest: releaseOf(latest), changedSince: [] };
  if (changes.inspectionsAdded.some((entry) => entry.key === inspection)) return { latest: releaseOf(latest), changedSince: measures };
  const touched = [...changes.figuresAdded, ...changes.figuresChanged].filter((entry) => entry.key === inspection);
  return { latest: releaseOf(latest), changedSince: touched.map((entry) => entry.measure) };
}

/** A release as a citation names it: its row, without the change log. */
const releaseOf = (entry: ReleaseEntry | null): Release | null => (entry ? { version: entry.version, date: entry.date, notes: entry.notes } : null);

/**
 * The release that figures of a report can be cited from: the latest release, unless the data has added or
 * changed any of them since. Null when there is no release, or a figure is not yet in one.
 */
export function citedRelease(release: ReportRelease, measures: readonly string[]): Release | null {
  return measures.some((measure) => release.changedSince.includes(measure)) ? null : release.latest;
}

/**
 * The release that a chart across a force's inspections can be cited from: the latest release, unless the data has
 * added or changed since any of the figures its trends plot (each inspection's, by the measure it was published as).
 */
export function forceRelease(log: ReleaseLog, trends: readonly { rows: readonly { inspection: { key: string }; figure: { measure: string } | null }[] }[]): Release | null {
  const latest = releaseOf(log.releases[0] ?? null);
  const changes = log.unreleased;
  if (!latest || !changes) return latest;
  const touched = [...changes.figuresAdded, ...changes.figuresChanged];
  const changed = (key: string, measure: string) =>
    changes.inspectionsAdded.some((entry) => entry.key === key) || touched.some((entry) => entry.key === key && entry.measure === measure);
  const plotted = trends.flatMap((trend) => trend.rows.flatMap((row) => (row.figure ? [{ key: row.inspection.key, measure: row.figure.measure }] : [])));
  return plotted.some((figure) => changed(figure.key, figure.measure)) ? null : latest;
}
