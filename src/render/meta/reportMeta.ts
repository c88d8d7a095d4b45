import type { Report } from '../../engine/compute/model.ts';
import { locales, messages, type Locale } from '../../i18n/index.ts';
import { forceName, publishedText, reportTitle } from '../localised.ts';
import { figureOf, figureStatement, missingGradeText, sentenceCase } from '../phrases.ts';
import { inspectorateName } from '../publishers.ts';
import { absoluteUrl, cardPath, type SiteAddress } from '../../routes.ts';

export interface MetaTag {
  /** Open Graph uses `property`; the citation tags (Google Scholar, Zotero) use `name`. */
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
const named = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });

/**
 * The author and publisher of a report, as the citation tags and the reference files name them: the inspectorate
 * by its name at the time (HMIC until 19 July 2017, HMICFRS from then, and when the date is not published).
 */
export function citationAuthority(report: Report): { author: string; publisher: string } {
  const author = inspectorateName(report.published?.date ?? null);
  return { author, publisher: author === 'HMIC' ? 'HM Inspectorate of Constabulary' : 'HM Inspectorate of Constabulary and Fire & Rescue Services' };
}

/**
 * Link-preview and citation metadata of a report page in one language, its words from the catalogue. The citation
 * tags describe the inspectorate's publication, which this page presents; the PDF tag is left out because no PDF is
 * published here. `editions` are the site paths of each edition of the page (the language's own is its og:url, and
 * its card image, drawn in its language, is beside it).
 */
export function reportMeta(report: Report, site: SiteAddress, lang: Locale = 'en', editions: Partial<Record<Locale, string>> = { en: report.url }): MetaTag[] {
  const t = messages(lang);
  const title = `${forceName(lang, report.force)}: ${reportTitle(lang, report)}`;
  const authority = citationAuthority(report);
  const path = editions[lang] ?? report.url;
  return [
    ...openGraph({ type: 'article', title, description: reportDescription(report, lang), path }, site, lang, editions),
    og('og:image', absoluteUrl(cardPath(path), site)),
    og('og:image:type', 'image/png'),
    og('og:image:width', '1200'),
    og('og:image:height', '630'),
    og('og:image:alt', t.meta.cardAlt({ title })),
    named('twitter:card', 'summary_large_image'),
    named('citation_title', title),
    named('citation_author', authority.author),
    ...(report.published ? [named('citation_publication_date', report.published.date.replaceAll('-', '/'))] : []),
    named('citation_publisher', authority.publisher),
    named('citation_public_url', report.sourceUrl),
    named('citation_abstract_html_url', absoluteUrl(path, site)),
  ];
}

/**
 * The Open Graph tags every page with a preview has: what it is, its title and description in its language, its
 * own address (`path`), its language and those of its other `editions`.
 */
export function openGraph(page: { type: 'article' | 'website'; title: string; description: string; path: string }, site: SiteAddress, lang: Locale, editions: Partial<Record<Locale, string>>): MetaTag[] {
  return [
    og('og:type', page.type),
    og('og:site_name', messages(lang).layout.siteName),
    og('og:locale', messages(lang).language.ogLocale),
    ...locales.filter((code) => code !== lang && editions[code]).map((code) => og('og:locale:alternate', messages(code).language.ogLocale)),
    og('og:title', page.title),
    og('og:description', page.description),
    og('og:url', absoluteUrl(page.path, site)),
  ];
}

/** The page description search engines and link previews show: who, what, when, the grade and the overall rate. */
export function reportDescription(report: Report, lang: Locale = 'en'): string {
  const t = messages(lang).meta;
  const { grade, rate } = overallText(report, lang);
  const date = publishedText(lang, report);
  const published = date ? t.publishedOn({ date }) : messages(lang).absence('date').date;
  return t.reportDescription({ force: forceName(lang, report.force), title: reportTitle(lang, report), published, grade, rate: sentenceCase(rate) });
}

/** The headline of a report in two phrases: "Overall grade: good" and "89.5% (±1.64) of reported crimes were recorded". */
export function overallText(report: Report, lang: Locale = 'en'): { grade: string; rate: string } {
  const t = messages(lang);
  const overall = figureOf(report, 'overall');
  const grade = report.grades.overall ? t.grade[report.grades.overall] : missingGradeText(report, undefined, lang);
  return {
    grade: t.meta.overallGrade({ grade }),
    rate: overall ? figureStatement(overall, lang) : t.meta.overallRateMissing,
  };
}

/** The pages' Content-Security-Policy: scripts only from the site; only the search page needs WebAssembly (pagefind). */
export function contentSecurityPolicy({ allowWasm = false }: { allowWasm?: boolean } = {}): string {
  return `default-src 'self'; script-src 'self'${allowWasm ? " 'wasm-unsafe-eval'" : ''}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'`;
}
