import { readFileSync } from 'node:fs';
import type { Site } from '../../engine/compute/model.ts';

/**
 * Which build made a download: the site's version and the latest publication in the data.
 * Not a clock time, so that the same inputs always build byte-identical files.
 */
export function buildStamp(site: Site, version: string): string {
  return `cdi-reports ${version}, data published up to ${latestPublished(site)?.text ?? 'an unknown date'}`;
}

// Every chart download asks for the stamp: scanning all reports each time made the build quadratic.
const latestBySite = new WeakMap<Site, { date: string; text: string } | null>();

/** The latest publication date of the site's reports, or null where none is known. */
export function latestPublished(site: Site): { date: string; text: string } | null {
  if (latestBySite.has(site)) return latestBySite.get(site) ?? null;
  const latest = site.reports
    .map((report) => report.published)
    .filter((published) => published !== null)
    .reduce<{ date: string; text: string } | null>((a, b) => (a === null || b.date > a.date ? b : a), null);
  latestBySite.set(site, latest);
  return latest;
}

const versions = new Map<string, string>();

/** The version in the project's package.json (`root`: the project folder, config.root): names the build in downloads. */
export function packageVersion(root: string): string {
  let version = versions.get(root);
  if (version === undefined) {
    version = (JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string }).version;
    versions.set(root, version);
  }
  return version;
}
