import { atomFeed } from '../render/feeds/atom.ts';
import { absoluteUrl, releaseChangesPath, sitePaths, type SiteAddress } from '../routes.ts';
import { escapeXml } from '../render/xml.ts';
import { shownValue, type Changes, type ReleaseLog } from './releaseLog.ts';

const list = (heading: string, items: string[]): string =>
  items.length === 0 ? '' : `<h3>${heading}</h3><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

/** The change log of one release as HTML for a feed, its text escaped and its links absolute on the site's address. */
function changesHtml(changes: Changes, origin: SiteAddress): string {
  const e = escapeXml;
  const link = (path: string) => e(absoluteUrl(path, origin));
  const html = [
    list('Inspections added', changes.inspectionsAdded.map((i) => `<a href="${link(i.path)}">${e(`${i.forceName}: ${i.title}`)}</a>`)),
    list(
      'Figures changed',
      changes.figuresChanged.map((f) => {
        const what = f.changes.map((c) => `${e(c.column)}: ${e(shownValue(c.from))} → ${e(shownValue(c.to))}`).join('; ');
        const why = f.reasons.length > 0 ? ` Reason: ${e(f.reasons.join(' '))}` : '';
        return `<a href="${link(f.path)}">${e(`${f.forceName}: ${f.title}, ${f.label}`)}</a>: ${what}.${why}`;
      }),
    ),
    list('Figures added', changes.figuresAdded.map((f) => `<a href="${link(f.path)}">${e(`${f.forceName}: ${f.title}, ${f.label}`)}</a>`)),
    list('Figures removed', changes.figuresRemoved.map((f) => e(`${f.forceName}: ${f.title}, ${f.label}`))),
  ].join('');
  return html === '' ? '<p>No inspection or figure was added, changed or removed.</p>' : html;
}

/** The Atom feed of data releases, latest first. An entry's id is the release's place on /data/changes/. */
export function changesFeed(log: ReleaseLog, origin: SiteAddress): string {
  return atomFeed({
    title: 'data releases',
    path: sitePaths.changes,
    self: sitePaths.changesFeed,
    origin,
    updated: log.releases[0]?.date,
    entries: log.releases.map((release) => ({
      url: absoluteUrl(releaseChangesPath(release.version), origin),
      title: `Data release ${release.version}`,
      updated: release.date,
      body: { html: `${release.notes === '' ? '' : `<p>${escapeXml(release.notes)}</p>`}${changesHtml(release.changes, origin)}` },
    })),
  });
}
