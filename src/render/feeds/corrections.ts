import type { Narrative, Report, Site } from '../../engine/compute/model.ts';
import { atomFeed } from './atom.ts';
import { absoluteUrl, linksUnderBase, sitePaths, type SiteAddress } from '../../routes.ts';

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

/**
 * The Atom feed of corrections, latest first. An entry's id is the address of the correction on its report page,
 * so it never changes.
 */
export function correctionsFeed(site: Site, origin: SiteAddress): string {
  const corrections = allCorrections(site);
  return atomFeed({
    title: 'corrections',
    path: '/corrections/',
    self: sitePaths.correctionsFeed,
    origin,
    updated: corrections[0]?.correction.date,
    entries: corrections.map(({ report, correction, id }) => ({
      url: absoluteUrl(`${report.url}#${id}`, origin),
      title: `${report.force.name}: ${report.title}, corrected on ${correction.dateText}`,
      updated: correction.date,
      body: { html: `<p>${linksUnderBase(correction.change, origin.base)}</p><p>Reason: ${linksUnderBase(correction.reason, origin.base)}</p>` },
    })),
  });
}
