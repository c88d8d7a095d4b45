import { z } from 'zod';
import type { RawReleases, RawSnapshot, Snapshot } from '../load/loadReleases.ts';
import { error, releaseFiles, snapshotFolder, type Problem } from '../vocabulary.ts';
import { narrativeRecordSchema, type NarrativeRecord } from './frontMatterSchema.ts';
import { personPath } from './personPath.ts';

export interface Release {
  version: string;
  date: string;
  notes: string;
}

/** A release of data/releases.csv with what its snapshot published. */
export interface ReleaseInput extends Release {
  snapshot: Snapshot;
  /** Each narrative's text as the release published it, by inspection ("kent/2018-cdi"); null where the release kept none. */
  narratives: Record<string, NarrativeRecord> | null;
}

const narrativesSchema = z.record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'expected an inspection as "<force>/<slug>"'), narrativeRecordSchema);

/** A snapshot's narratives.json checked: one error for the file, at its first mistake; null where the release kept none. */
function snapshotNarratives(version: string, raw: RawSnapshot, problems: Problem[]): ReleaseInput['narratives'] | undefined {
  if (raw.narratives === null) return null;
  const parsed = narrativesSchema.safeParse(raw.narratives);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const [inspection, ...path] = issue?.path ?? [];
  // A key that is not an inspection is reported with the key's own message; anything else with its place in the narrative.
  const message = issue?.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : (issue?.message ?? 'expected narratives by inspection');
  const where = inspection === undefined ? '' : issue?.code === 'invalid_key' ? `"${String(inspection)}"` : [personPath(path), String(inspection)].filter(Boolean).join(' of ');
  problems.push(error(`${snapshotFolder(version)}/${releaseFiles.narratives}`, `${where ? `${where}: ` : ''}${message}`));
  return undefined;
}

const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const versionParts = (version: string): number[] => version.split('.').map(Number);
const versionAfter = (a: string, b: string): boolean => {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
};

/** Problems with a release row, given the releases before it; empty when it may follow them (`npm run release` asks too). */
export function releaseProblems(release: Release, earlier: readonly Release[]): string[] {
  const problems: string[] = [];
  if (!semver.test(release.version)) problems.push(`version: expected a version such as "1.2.0", got ${JSON.stringify(release.version)}`);
  if (!isoDate.test(release.date) || Number.isNaN(Date.parse(`${release.date}T00:00:00Z`))) {
    problems.push(`date: expected a date as YYYY-MM-DD, got ${JSON.stringify(release.date)}`);
  }
  const last = earlier.at(-1);
  if (last && semver.test(release.version) && !versionAfter(release.version, last.version)) {
    problems.push(`version: ${release.version} must come after the previous release, ${last.version}`);
  }
  if (last && release.date < last.date) problems.push(`date: ${release.date} is before the previous release's date, ${last.date}`);
  return problems;
}

/** The releases, oldest first, each with its snapshot; one error per release row that is out of order or malformed. */
export function validateReleases(raw: RawReleases): { releases: ReleaseInput[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const releases: ReleaseInput[] = [];
  for (const row of raw.list?.rows ?? []) {
    const release: Release = { version: row.cells.version ?? '', date: row.cells.date ?? '', notes: row.cells.notes ?? '' };
    const problem = releaseProblems(release, releases)[0];
    if (problem) {
      problems.push(error(releaseFiles.list, problem, { line: row.line }));
      continue;
    }
    const snapshot = raw.snapshots.get(release.version);
    if (!snapshot) continue;
    const narratives = snapshotNarratives(release.version, snapshot, problems);
    if (narratives !== undefined) releases.push({ ...release, snapshot: { figures: snapshot.figures, inspections: snapshot.inspections }, narratives });
  }
  return { releases, problems };
}
