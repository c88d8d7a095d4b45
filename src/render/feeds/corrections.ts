import type { Narrative, Report, Site } from '../../engine/compute/model.ts';
import { atomFeed, reportEntry, type AtomEntry } from './atom.ts';
import { absoluteUrl, forceFeedPath, forcePath, linksUnderBase, sitePaths, type SiteAddress } from '../../routes.ts';

export type Correction = Narrative['corrections'][number];

/**
 * The anchor of a correction on its report page. Corrections are only ever added, so a correction's date and
 * its place among the corrections of that date never change: the anchor (and the feed id built on it) is stable.
 */
export function correctionIds(corrections: readonly Correction[]): string[] {
  return corrections.map((c, i) => {
    const sameDay = corrections.slice(0, i).filter((other) => other.date === c.date).length;
    return `correction-${c.date}${sameDay ? `-${sameDay + 1}` : ''}`;
  });
}

/** Every correction of the site with its report, latest first; ties keep the order of the reports and files. */
export function allCorrections(site: Site): { report: Report; correction: Correction; id: string }[] {
  return site.reports
    .flatMap((report) => {
      const corrections = report.narrative?.corrections ?? [];
      const ids = correctionIds(corrections);
      return corrections.map((correction, i) => ({ report, correction, id: ids[i] ?? '' }));
    })
    .sort((a, b) => b.correction.date.localeCompare(a.correction.date) || a.report.key.localeCompare(b.report.key) || a.id.localeCompare(b.id));
}

/** A correction as a feed entry: its id is the address of the correction on its report page, so it never changes. */
export function correctionEntry({ report, correction, id }: ReturnType<typeof allCorrections>[number], origin: SiteAddress): AtomEntry {
  return {
    url: absoluteUrl(`${report.url}#${id}`, origin),
    title: `${report.force.name}: ${report.title}, corrected on ${correction.dateText}`,
    updated: correction.date,
    body: { html: `<p>${linksUnderBase(correction.change, origin.base)}</p><p>Reason: ${linksUnderBase(correction.reason, origin.base)}</p>` },
  };
}

/** The Atom feed of corrections, latest first. */
export function correctionsFeed(site: Site, origin: SiteAddress): string {
  const corrections = allCorrections(site);
  return atomFeed({
    title: 'corrections',
    path: '/corrections/',
    self: sitePaths.correctionsFeed,
    origin,
    updated: corrections[0]?.correction.date,
    entries: corrections.map((c) => correctionEntry(c, origin)),
  });
}

/** One force's feed: its published inspections and their corrections, latest first, so that a newsroom or a resident can follow one force. */
export function forceFeed(site: Site, forceId: string, origin: SiteAddress): string {
  const force = site.forces.find((f) => f.id === forceId);
  if (!force) throw new Error(`no force "${forceId}" in the model`);
  const entries = [
    ...site.reports.filter((r) => r.force.id === forceId).flatMap((r) => reportEntry(r, origin) ?? []),
    ...allCorrections(site).filter((c) => c.report.force.id === forceId).map((c) => correctionEntry(c, origin)),
  ].sort((a, b) => b.updated.localeCompare(a.updated) || a.url.localeCompare(b.url));
  return atomFeed({ title: `${force.name}: inspections and corrections`, path: forcePath(forceId), self: forceFeedPath(forceId), origin, updated: entries[0]?.updated, entries });
}
