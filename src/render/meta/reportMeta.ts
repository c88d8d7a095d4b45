import { siteName } from '../../config.ts';
import type { Report } from '../../engine/compute/model.ts';
import { figureOf, figureStatement, missingGradeText } from '../phrases.ts';
import { inspectorateName } from '../publishers.ts';
import { absoluteUrl, cardPath, type SiteAddress } from '../../routes.ts';

export interface MetaTag {
  /** Open Graph uses `property`; the citation tags (Google Scholar, Zotero) use `name`. */
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

/**
 * The author and publisher of a report, as the citation tags and the reference files name them: the inspectorate
 * by its name at the time (HMIC until 19 July 2017, HMICFRS from then, and when the date is not published).
 */
export function citationAuthority(report: Report): { author: string; publisher: string } {
  const author = inspectorateName(report.published?.date ?? null);
  return { author, publisher: author === 'HMIC' ? 'HM Inspectorate of Constabulary' : 'HM Inspectorate of Constabulary and Fire & Rescue Services' };
}

/**
 * Link-preview and citation metadata of a report page. The citation tags describe the inspectorate's
 * publication, which this page presents; the PDF tag is left out because no PDF is published here.
 */
export function reportMeta(report: Report, site: SiteAddress): MetaTag[] {
  const title = `${report.force.name}: ${report.title}`;
  const authority = citationAuthority(report);
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
  const named = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  return [
    og('og:type', 'article'),
    og('og:site_name', siteName),
    og('og:title', title),
    og('og:description', reportDescription(report)),
    og('og:url', absoluteUrl(report.url, site)),
    og('og:image', absoluteUrl(cardPath(report.url), site)),
    og('og:image:type', 'image/png'),
    og('og:image:width', '1200'),
    og('og:image:height', '630'),
    og('og:image:alt', `${title}: the overall grade and recording rate`),
    named('twitter:card', 'summary_large_image'),
    named('citation_title', title),
    named('citation_author', authority.author),
    ...(report.published ? [named('citation_publication_date', report.published.date.replaceAll('-', '/'))] : []),
    named('citation_publisher', authority.publisher),
    named('citation_public_url', report.sourceUrl),
    named('citation_abstract_html_url', absoluteUrl(report.url, site)),
  ];
}

/** The page description search engines and link previews show: who, what, when, the grade and the overall rate. */
export function reportDescription(report: Report): string {
  const { grade, rate } = overallText(report);
  const published = report.published ? `published ${report.published.text}` : 'publication date not known';
  return `${report.force.name}, ${report.title} (${published}). ${grade}. ${rate.charAt(0).toUpperCase()}${rate.slice(1)}.`;
}

/** The headline of a report in two phrases: "Overall grade: good" and "89.5% (±1.64) of reported crimes were recorded". */
export function overallText(report: Report): { grade: string; rate: string } {
  const overall = figureOf(report, 'overall');
  return {
    grade: `Overall grade: ${report.grades.overall ?? missingGradeText(report)}`,
    rate: overall ? figureStatement(overall) : 'Overall recording rate: not published',
  };
}
/** The pages' Content-Security-Policy: scripts only from the site; only the search page needs WebAssembly (pagefind). */
export function contentSecurityPolicy({ allowWasm = false }: { allowWasm?: boolean } = {}): string {
  return `default-src 'self'; script-src 'self'${allowWasm ? " 'wasm-unsafe-eval'" : ''}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'`;
}
