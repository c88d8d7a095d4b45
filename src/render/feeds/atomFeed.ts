import { siteName } from '../../config.ts';
import type { Site } from '../../engine/compute/model.ts';
import { xmlEscape } from './xmlEscape.ts';

const timestamp = (date: string): string => `${date}T00:00:00Z`;

/**
 * The Atom feed of published reports, latest first. Ids are the reports' canonical URLs, so they never change,
 * and every date comes from the data, so that rebuilding the same data gives the same feed byte for byte.
 */
export function atomFeed(site: Site, origin: URL): string {
  const absolute = (path: string) => new URL(path, origin).href;
  const published = site.reports
    .filter((r) => r.published !== null)
    .sort((a, b) => b.published!.date.localeCompare(a.published!.date) || a.key.localeCompare(b.key));
  const entries = published.map((r) => {
    const overall = r.figures.find((f) => f.measure === 'overall')?.rate;
    const summary = [
      `${r.kindLabel}, published ${r.published!.text}.`,
      `Overall grade: ${r.grades.overall ?? 'not published'}.`,
      `Overall recording rate: ${overall?.text ?? 'not published'}.`,
    ].join(' ');
    return [
      '  <entry>',
      `    <id>${xmlEscape(absolute(r.url))}</id>`,
      `    <title>${xmlEscape(`${r.force.name}: ${r.title}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(absolute(r.url))}"/>`,
      `    <published>${timestamp(r.published!.date)}</published>`,
      `    <updated>${timestamp(r.published!.date)}</updated>`,
      `    <summary>${xmlEscape(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const updated = site.national.updated?.date ?? published[0]?.published?.date;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlEscape(absolute('/'))}</id>`,
    `  <title>${siteName}: new inspection reports</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(absolute('/feed.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(absolute('/'))}"/>`,
    // An empty dataset still needs a fixed date: the Unix epoch, never the build time.
    `  <updated>${timestamp(updated ?? '1970-01-01')}</updated>`,
    `  <author><name>${siteName}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
