import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { DatasetFiles } from './dataset.ts';

/*
 * A data release is a row of data/releases.csv (version, date, notes) and a snapshot folder
 * data/releases/<version>/ with the figures.csv and inspections.csv it published. Both are committed, so that every
 * earlier release stays as it was published whatever later data says. `npm run release` makes both.
 */

export const releasesFile = 'data/releases.csv';
export const releaseColumns = ['version', 'date', 'notes'] as const;
export const snapshotFolder = (version: string): string => `data/releases/${version}`;
export const snapshotFiles = ['figures.csv', 'inspections.csv'] as const;

export interface Release {
  version: string;
  date: string;
  notes: string;
}

export interface ReleaseWithFiles extends Release {
  files: DatasetFiles;
}

const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const versionParts = (version: string): number[] => version.split('.').map(Number);
const versionAfter = (a: string, b: string): boolean => {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
};

/** Problems with a new release row, given the releases before it; empty when it may be added. */
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

/** Every release under `root`, oldest first, with its snapshot; none when data/releases.csv does not exist. */
export function readReleases(root: string): ReleaseWithFiles[] {
  const path = `${root}/${releasesFile}`;
  if (!existsSync(path)) return [];
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const fail = (line: number, message: string): never => {
    throw new Error(`${releasesFile}:${line}: error: ${message}`);
  };
  if (parsed.errors[0]) fail((parsed.errors[0].row ?? 0) + 2, parsed.errors[0].message);
  const header = parsed.meta.fields ?? [];
  if (header.join(',') !== releaseColumns.join(',')) fail(1, `expected the columns ${releaseColumns.join(',')}, got ${header.join(',')}`);
  const releases: ReleaseWithFiles[] = [];
  parsed.data.forEach((row, i) => {
    const line = i + 2;
    const release: Release = { version: row.version ?? '', date: row.date ?? '', notes: row.notes ?? '' };
    const problem = releaseProblems(release, releases)[0];
    if (problem) fail(line, problem);
    const read = (file: string): string => {
      const snapshot = `${root}/${snapshotFolder(release.version)}/${file}`;
      if (!existsSync(snapshot)) fail(line, `release ${release.version} has no ${snapshotFolder(release.version)}/${file}: run npm run release to make a release`);
      return readFileSync(snapshot, 'utf8');
    };
    releases.push({ ...release, files: { figures: read('figures.csv'), inspections: read('inspections.csv') } });
  });
  return releases;
}
