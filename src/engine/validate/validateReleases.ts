import type { RawReleases, Snapshot } from '../load/loadReleases.ts';
import { error, releaseFiles, type Problem } from '../vocabulary.ts';

export interface Release {
  version: string;
  date: string;
  notes: string;
}

/** A release of data/releases.csv with what its snapshot published. */
export interface ReleaseInput extends Release {
  snapshot: Snapshot;
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
    if (snapshot) releases.push({ ...release, snapshot });
  }
  return { releases, problems };
}
