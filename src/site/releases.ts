import type { Site } from '../engine/model.ts';
import { datasetFiles, parseDataset } from '../releases/dataset.ts';
import { readReleases, type ReleaseWithFiles } from '../releases/releaseFiles.ts';
import { correctionReasons, releaseLog, type ReleaseLog } from '../releases/releaseLog.ts';
import type { PackageRelease } from '../render/downloads/dataPackage.ts';
import { getSite } from './model.ts';

const cached = new WeakMap<Site, { releases: ReleaseWithFiles[]; log: ReleaseLog }>();

/** The releases under the input root and their change log, read and compared once per model. */
export function getReleases(siteUrl: URL | undefined): { releases: ReleaseWithFiles[]; log: ReleaseLog } {
  const site = getSite();
  let found = cached.get(site);
  if (!found) {
    const releases = readReleases(process.env.CDI_INPUT_ROOT ?? process.cwd());
    const current = parseDataset(datasetFiles(site, siteUrl), 'this build');
    found = { releases, log: releaseLog(releases, current, correctionReasons(site)) };
    cached.set(site, found);
  }
  return found;
}

/** The version the data package and citations give: the latest release, marked "+unreleased" when the data has changed since. */
export function packageRelease(siteUrl: URL | undefined): PackageRelease {
  const { log } = getReleases(siteUrl);
  const latest = log.releases[0];
  if (!latest) return { version: '0.0.0+unreleased', date: null };
  return log.unreleased ? { version: `${latest.version}+unreleased`, date: null } : { version: latest.version, date: latest.date };
}
