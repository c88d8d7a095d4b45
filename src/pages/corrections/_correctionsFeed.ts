import { siteName } from '../../config.ts';
import type { Site } from '../../engine/compute/model.ts';
import { xmlEscape } from '../../render/feeds/xmlEscape.ts';
import { allCorrections } from './_corrections.ts';

const timestamp = (date: string): string => `${date}T00:00:00Z`;

/**
 * The Atom feed of corrections, latest first. An entry's id is the address of the correction on its report page,
 * so it never changes, and every date comes from the data: the same data gives the same feed byte for byte.
 */
export function correctionsFeed(site: Site, origin: URL): string {
  const absolute = (path: string) => new URL(path, origin).href;
  const corrections = allCorrections(site);
  const entries = corrections.map(({ report, correction, id }) => {
    const url = absolute(`${report.url}#${id}`);
    const html = `<p>${correction.change}</p><p>Reason: ${correction.reason}</p>`;
    return [
      '  <entry>',
      `    <id>${xmlEscape(url)}</id>`,
      `    <title>${xmlEscape(`${report.force.name}: ${report.title}, corrected on ${correction.dateText}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
      `    <updated>${timestamp(correction.date)}</updated>`,
      `    <content type="html">${xmlEscape(html)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlEscape(absolute('/corrections/'))}</id>`,
    `  <title>${siteName}: corrections</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(absolute('/corrections.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(absolute('/corrections/'))}"/>`,
    // Without any correction the feed still needs a fixed date: the Unix epoch, never the build time.
    `  <updated>${timestamp(corrections[0]?.correction.date ?? '1970-01-01')}</updated>`,
    `  <author><name>${siteName}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
