import type { Site } from '../engine/compute/model.ts';
import type { PackageRelease } from '../render/downloads/dataPackage.ts';
import type { SiteAddress } from '../routes.ts';
import { datasetFiles, parseDataset } from './dataset.ts';
import { readReleases, type ReleaseWithFiles } from './releaseFiles.ts';
import { correctionReasons, releaseLog, type ReleaseLog } from './releaseLog.ts';

const cached = new WeakMap<Site, { releases: ReleaseWithFiles[]; log: ReleaseLog }>();

/** The releases under the input root and their change log against this model, read and compared once per model. */
export function siteReleases(site: Site, inputRoot: string, address: SiteAddress): { releases: ReleaseWithFiles[]; log: ReleaseLog } {
  let found = cached.get(site);
  if (!found) {
    const releases = readReleases(inputRoot);
    const current = parseDataset(datasetFiles(site, address), 'this build');
    found = { releases, log: releaseLog(releases, current, correctionReasons(site)) };
    cached.set(site, found);
  }
  return found;
}

/** The version the data package gives: the latest release, marked "+unreleased" when the data has changed since. */
export function packageRelease(log: ReleaseLog): PackageRelease {
  const latest = log.releases[0];
  if (!latest) return { version: '0.0.0+unreleased', date: null };
  return log.unreleased ? { version: `${latest.version}+unreleased`, date: null } : { version: latest.version, date: latest.date };
}
