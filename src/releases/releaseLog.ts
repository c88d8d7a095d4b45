import { reportPath } from '../routes.ts';
import { formatDate } from '../engine/compute/format.ts';
import type { Site } from '../engine/compute/model.ts';
import { figureAnchor } from '../render/phrases.ts';
import { figureKey, inspectionKey, parseDataset, type Cells, type Dataset } from './dataset.ts';
import type { Release, ReleaseWithFiles } from './releaseFiles.ts';

/** The columns that hold a figure's values: a change in any of them is a changed figure. */
export const valueColumns = [
  'numerator',
  'denominator',
  'rate_pct',
  'rate_status',
  'ci_half_width_pct',
  'unrecorded_over',
  'unrecorded_qualifier',
  'additional_recorded',
  'approx',
  'pending',
] as const;

export interface InspectionEntry {
  key: string;
  forceName: string;
  title: string;
  /**
   * The site path of its page (of the figure's row, for a figure), from its keys rather than the row's page_url:
   * a release keeps the address it was made on, and the site may since have moved or gained a base path.
   */
  path: string;
}

export interface FigureEntry extends InspectionEntry {
  measure: string;
  label: string;
}

export interface FigureChange extends FigureEntry {
  changes: { column: string; from: string; to: string }[];
  /** The reasons of the inspection's narrative corrections dated since the previous release. */
  reasons: string[];
}

export interface Changes {
  inspectionsAdded: InspectionEntry[];
  /** New figures of inspections that the previous release already had. */
  figuresAdded: FigureEntry[];
  figuresChanged: FigureChange[];
  figuresRemoved: FigureEntry[];
}

export interface ReleaseEntry extends Release {
  previous: string | null;
  changes: Changes;
}

export interface ReleaseLog {
  /** Latest first. */
  releases: ReleaseEntry[];
  /** What the data of this build changes since the latest release; null when it equals that release (or there is none). */
  unreleased: Changes | null;
}

/** Reasons of the narrative corrections of an inspection dated after `after` (exclusive) and up to `upTo` (inclusive). */
export type CorrectionReasons = (inspection: string, after: string | null, upTo: string | null) => string[];

export function correctionReasons(site: Site): CorrectionReasons {
  const byKey = new Map(site.reports.map((report) => [report.key, report.narrative?.corrections ?? []]));
  return (inspection, after, upTo) =>
    (byKey.get(inspection) ?? [])
      .filter((c) => (after === null || c.date > after) && (upTo === null || c.date <= upTo))
      .map((c) => c.reason);
}

const inspectionEntry = (row: Cells): InspectionEntry => ({
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
export function compareDatasets(
  previous: Dataset | null,
  current: Dataset,
  reasons: (inspection: string) => string[],
): Changes {
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
export function releaseLog(releases: readonly ReleaseWithFiles[], current: Dataset, reasons: CorrectionReasons): ReleaseLog {
  const datasets = releases.map((release) => parseDataset(release.files, `data/releases/${release.version}`));
  const entries = releases.map((release, i): ReleaseEntry => {
    const before = releases[i - 1] ?? null;
    const changes = compareDatasets(datasets[i - 1] ?? null, datasets[i] as Dataset, (key) => reasons(key, before?.date ?? null, release.date));
    return { version: release.version, date: release.date, notes: release.notes, previous: before?.version ?? null, changes };
  });
  const latest = releases.at(-1);
  const unreleased = latest ? compareDatasets(datasets.at(-1) as Dataset, current, (key) => reasons(key, latest.date, null)) : null;
  return { releases: entries.reverse(), unreleased: unreleased && !isEmpty(unreleased) ? unreleased : null };
}

/** What the citations of one report need: the latest release, and the report's measures added or changed since it. */
export interface ReportRelease {
  latest: Release | null;
  changedSince: readonly string[];
}

export function reportRelease(log: ReleaseLog, inspection: string, measures: readonly string[]): ReportRelease {
  const latest = log.releases[0] ?? null;
  const changes = log.unreleased;
  if (!latest || !changes) return { latest, changedSince: [] };
  if (changes.inspectionsAdded.some((entry) => entry.key === inspection)) return { latest, changedSince: measures };
  const touched = [...changes.figuresAdded, ...changes.figuresChanged].filter((entry) => entry.key === inspection);
  return { latest, changedSince: touched.map((entry) => entry.measure) };
}

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
export function forceRelease(
  log: ReleaseLog,
  force: { trends: readonly { rows: readonly { inspection: { key: string }; figure: { measure: string } | null }[] }[] },
): Release | null {
  const latest = log.releases[0] ?? null;
  const changes = log.unreleased;
  if (!latest || !changes) return latest;
  const touched = [...changes.figuresAdded, ...changes.figuresChanged];
  const changed = (key: string, measure: string) =>
    changes.inspectionsAdded.some((entry) => entry.key === key) || touched.some((entry) => entry.key === key && entry.measure === measure);
  const plotted = force.trends.flatMap((trend) => trend.rows.flatMap((row) => (row.figure ? [{ key: row.inspection.key, measure: row.figure.measure }] : [])));
  return plotted.some((figure) => changed(figure.key, figure.measure)) ? null : latest;
}

/** How a citation names the release: "data release 1.1.0 of 1 December 2026". */
export function releaseName(release: Release | null): string {
  return release ? `data release ${release.version} of ${formatDate(release.date)}` : 'not yet in a data release';
}

/** A changed value as the change log shows it: an empty cell is "not published". */
export const shownValue = (cell: string): string => (cell === '' ? 'not published' : cell);
