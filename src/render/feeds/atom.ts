import type { Report, Site } from '../../engine/compute/model.ts';
import { siteName } from '../../config.ts';
import { escapeXml } from '../xml.ts';
import { absoluteUrl, sitePaths, type SiteAddress } from '../../routes.ts';

export interface AtomEntry {
  /** An absolute URL that never changes: it is also the entry's link. */
  url: string;
  title: string;
  /** YYYY-MM-DD, from the data. */
  published?: string;
  updated: string;
  /** Plain text, or HTML shown as the entry's content. */
  body: { summary: string } | { html: string };
}

const timestamp = (date: string): string => `${date}T00:00:00Z`;

/**
 * An Atom feed whose every date comes from the data, never the build, so that the same data gives the same
 * feed byte for byte. `path` is the page the feed follows and `self` the feed's own path, both on `origin`.
 */
export function atomFeed({ title, path, self, origin, updated, entries }: { title: string; path: string; self: string; origin: SiteAddress; updated: string | undefined; entries: AtomEntry[] }): string {
  const absolute = (p: string) => escapeXml(absoluteUrl(p, origin));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${absolute(path)}</id>`,
    `  <title>${siteName}: ${title}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${absolute(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${absolute(path)}"/>`,
    // An empty feed still needs a fixed date: the Unix epoch, never the build time.
    `  <updated>${timestamp(updated ?? '1970-01-01')}</updated>`,
    `  <author><name>${siteName}</name></author>`,
    ...entries.map((entry) =>
      [
        '  <entry>',
        `    <id>${escapeXml(entry.url)}</id>`,
        `    <title>${escapeXml(entry.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
        ...(entry.published ? [`    <published>${timestamp(entry.published)}</published>`] : []),
        `    <updated>${timestamp(entry.updated)}</updated>`,
        'summary' in entry.body ? `    <summary>${escapeXml(entry.body.summary)}</summary>` : `    <content type="html">${escapeXml(entry.body.html)}</content>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}

/** A published report as a feed entry, dated by its publication; null for an undated report. Its id is the report's canonical URL. */
export function reportEntry(report: Report, origin: SiteAddress): AtomEntry | null {
  if (!report.published) return null;
  const overall = report.figures.find((f) => f.measure === 'overall')?.rate;
  const summary = [`${report.kindLabel}, published ${report.published.text}.`, `Overall grade: ${report.grades.overall ?? 'not published'}.`, `Overall recording rate: ${overall?.text ?? 'not published'}.`].join(' ');
  const date = report.published.date;
  return { url: absoluteUrl(report.url, origin), title: `${report.force.name}: ${report.title}`, published: date, updated: date, body: { summary } };
}

/** The feed of published reports, latest first. Ids are the reports' canonical URLs, so they never change. */
export function reportsFeed(site: Site, origin: SiteAddress): string {
  // site.reports is already newest first, in the one order of compute/inspectionOrder.ts.
  const entries = site.reports.flatMap((report) => reportEntry(report, origin) ?? []);
  return atomFeed({ title: 'new inspection reports', path: sitePaths.home, self: sitePaths.feed, origin, updated: site.national.updated?.date ?? entries[0]?.updated, entries });
}
