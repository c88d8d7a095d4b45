import { xmlEscape } from '../render/feeds/xmlEscape.ts';
import { shownValue, type Changes, type ReleaseLog } from './releaseLog.ts';

const siteName = 'Crime data integrity reports';
const timestamp = (date: string): string => `${date}T00:00:00Z`;

const list = (heading: string, items: string[]): string =>
  items.length === 0 ? '' : `<h3>${heading}</h3><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

/** The change log of one release as HTML (escaped by the caller for the feed). */
export function changesHtml(changes: Changes): string {
  const e = xmlEscape;
  const html = [
    list('Inspections added', changes.inspectionsAdded.map((i) => `<a href="${e(i.pageUrl)}">${e(`${i.forceName}: ${i.title}`)}</a>`)),
    list(
      'Figures changed',
      changes.figuresChanged.map((f) => {
        const what = f.changes.map((c) => `${e(c.column)}: ${e(shownValue(c.from))} → ${e(shownValue(c.to))}`).join('; ');
        const why = f.reasons.length > 0 ? ` Reason: ${e(f.reasons.join(' '))}` : '';
        return `<a href="${e(f.pageUrl)}">${e(`${f.forceName}: ${f.title}, ${f.label}`)}</a>: ${what}.${why}`;
      }),
    ),
    list('Figures added', changes.figuresAdded.map((f) => `<a href="${e(f.pageUrl)}">${e(`${f.forceName}: ${f.title}, ${f.label}`)}</a>`)),
    list('Figures removed', changes.figuresRemoved.map((f) => e(`${f.forceName}: ${f.title}, ${f.label}`))),
  ].join('');
  return html === '' ? '<p>No figure changed.</p>' : html;
}

/**
 * The Atom feed of data releases, latest first. An entry's id is the release's place on /data/changes/, and every
 * date is a release date, so that the same releases give the same feed byte for byte.
 */
export function changesFeed(log: ReleaseLog, origin: URL): string {
  const absolute = (path: string) => new URL(path, origin).href;
  const entries = log.releases.map((release) => {
    const url = absolute(`/data/changes/#release-${release.version}`);
    const notes = release.notes === '' ? '' : `<p>${xmlEscape(release.notes)}</p>`;
    return [
      '  <entry>',
      `    <id>${xmlEscape(url)}</id>`,
      `    <title>${xmlEscape(`Data release ${release.version}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
      `    <updated>${timestamp(release.date)}</updated>`,
      `    <content type="html">${xmlEscape(`${notes}${changesHtml(release.changes)}`)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlEscape(absolute('/data/changes/'))}</id>`,
    `  <title>${siteName}: data releases</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(absolute('/data/changes.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(absolute('/data/changes/'))}"/>`,
    // Without any release the feed still needs a fixed date: the Unix epoch, never the build time.
    `  <updated>${timestamp(log.releases[0]?.date ?? '1970-01-01')}</updated>`,
    `  <author><name>${siteName}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
