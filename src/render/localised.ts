import type { Figure, ForceRef, InspectionRef, NationalReference, Report } from '../engine/compute/model.ts';
import { sectionHeadings, sectionHeadingsCy } from '../engine/vocabulary.ts';
import { formatDate, formatNumber, hasWelshEdition, messages, type AbsentNoun, type Locale } from '../i18n/index.ts';
import { reportPath } from '../routes.ts';
import { escapeXml } from './xml.ts';

/*
 * The model's values as a page in one language writes them: dates and counts through `Intl` (src/i18n/format.ts),
 * words from the message catalogue. The numbers' own texts (a rate "87.6%", an interval "±2.82") are the model's,
 * which both languages write alike. Each function gives the English page exactly what the model says in English.
 */

/** "7 May 2021", "7 Mai 2021". */
export const dateText = (lang: Locale, iso: string): string => formatDate(lang, iso);

/** A report's publication date, or null where no text gives it. */
export const publishedText = (lang: Locale, report: Pick<Report, 'published'>): string | null =>
  report.published ? dateText(lang, report.published.date) : null;

/**
 * Why a figure's value is missing, in words that agree with the noun ("rate: not found yet", "cyfradd: heb ei
 * chanfod eto"): not yet published (a pending figure), not published by the source, or not found by us.
 */
export const missingText = (lang: Locale, figure: Pick<Figure, 'absent' | 'pending'> | undefined, value: keyof Figure['absent'], noun: AbsentNoun): string => {
  const words = messages(lang).absence(noun);
  return figure?.pending ? words.pending : words[figure?.absent[value] ?? 'not-found'];
};

/** A force's name: the catalogue's for a force with a Welsh edition, else the data's. */
export function forceName(lang: Locale, force: Pick<ForceRef, 'id' | 'name'>): string {
  return lang !== 'en' && hasWelshEdition(force.id) ? messages(lang).force[force.id] : force.name;
}

/** A report's title: the publication's own (data/inspections.csv) in English; in another language, its kind and year from the catalogue. */
export function reportTitle(lang: Locale, report: Pick<Report, 'title' | 'kind' | 'year'>): string {
  if (lang === 'en' || report.year === null) return lang === 'en' ? report.title : messages(lang).kind[report.kind];
  return messages(lang).kindTitle[report.kind](Number(report.year));
}

/** The site path of each edition of a report's page: the English one always, the Welsh one for a Welsh force's report. */
export function reportEditions(report: Pick<Report, 'url' | 'force' | 'slug'>): Partial<Record<Locale, string>> {
  return hasWelshEdition(report.force.id) ? { en: report.url, cy: reportPath({ force: report.force.id, slug: report.slug }, 'cy') } : { en: report.url };
}

/** An inspection named by another page (the earlier inspection, a latest fact's source): its title in English, else the kind and year of the report it names. */
export function inspectionTitle(lang: Locale, ref: InspectionRef, reports: readonly Report[]): string {
  const report = reports.find((r) => r.key === ref.key);
  return lang === 'en' || !report ? ref.title : reportTitle(lang, report);
}

/** The page of an inspection another page names, in the language's edition where the report has one, else its English page. */
export function inspectionPath(lang: Locale, ref: InspectionRef, reports: readonly Report[]): string {
  const report = reports.find((r) => r.key === ref.key);
  return report && (lang === 'en' || hasWelshEdition(report.force.id)) ? reportPath({ force: report.force.id, slug: report.slug }, lang) : ref.url;
}

/** A measure's label. */
export const measureLabel = (lang: Locale, figure: Pick<Figure, 'measure' | 'label'>): string => messages(lang).measure[figure.measure] ?? figure.label;

/** "459 of 524", "459 o 524", or a plain count "1,035"; null where the count is not published. */
export function countText(lang: Locale, figure: Pick<Figure, 'numerator' | 'denominator'>): string | null {
  if (figure.numerator === null) return null;
  const numerator = formatNumber(lang, figure.numerator);
  return figure.denominator === null ? numerator : messages(lang).figure.count({ numerator, denominator: formatNumber(lang, figure.denominator) });
}

/** An interval's bounds: "84.8% to 90.4%", "84.8% i 90.4%". */
export const rangeText = (lang: Locale, interval: { lowText: string; highText: string }): string =>
  messages(lang).figure.range({ low: interval.lowText, high: interval.highText });

/** A report's audit period, from its dates; a period the data gives only as text is that text (English), null where there is none. */
export function auditPeriodText(lang: Locale, report: Pick<Report, 'auditPeriod'>): string | null {
  const period = report.auditPeriod;
  if (!period) return null;
  const t = messages(lang).report;
  const { start, end } = period;
  if (lang === 'en' || (!start && !end)) return period.text;
  if (start && end) return t.auditPeriodDates({ start: dateText(lang, start), end: dateText(lang, end) });
  return start ? t.auditPeriodFrom({ start: dateText(lang, start) }) : t.auditPeriodUntil({ end: dateText(lang, end!) });
}

/** An estimate of crimes a year not recorded, as printed: "over 4,400", "dros 4,400" (as a Welsh narrative's {{overall.over}} reads). */
export const estimateText = (lang: Locale, unrecorded: NonNullable<Figure['unrecorded']>): string =>
  `${messages(lang).qualifier[unrecorded.qualifier]} ${formatNumber(lang, unrecorded.over)}`;

/** A narrative's standard section heading ("Conclusion") in the page's language ("Casgliad"); any other heading as written. */
export function sectionHeading(lang: Locale, heading: string): string {
  const index = (sectionHeadings as readonly string[]).indexOf(heading);
  return lang === 'cy' && index >= 0 ? sectionHeadingsCy[index]! : heading;
}

/**
 * An English text of the data quoted on a page (a publisher's name, a press rounding), as HTML for a catalogue
 * template's slot: escaped, and marked as English on a page in another language.
 */
export function englishHtml(lang: Locale, text: string): string {
  return lang === 'en' ? escapeXml(text) : `<span lang="en">${escapeXml(text)}</span>`;
}

/** An estimate of crimes a year not recorded, named by another page with its inspection: the model's text in English, else the inspection's overall estimate in the language's words. */
export function estimateOf(lang: Locale, fact: { text: string; from: InspectionRef }, reports: readonly Report[]): string {
  const unrecorded = reports.find((r) => r.key === fact.from.key)?.figures.find((f) => f.measure === 'overall' && f.unrecorded !== null)?.unrecorded;
  return lang === 'en' || !unrecorded ? fact.text : estimateText(lang, unrecorded);
}

/** The national inspection beside the forces, as a page in the language names it: "England and Wales", "England and Wales, 2014". */
export function referenceNames(lang: Locale, reference: Pick<NationalReference, 'name' | 'label' | 'inspection'>): { name: string; label: string } {
  if (lang === 'en') return { name: reference.name, label: reference.label };
  const name = (messages(lang).forcePage.country as Record<string, string | undefined>)[reference.name] ?? reference.name;
  return { name, label: reference.inspection.year ? `${name}, ${reference.inspection.year}` : name };
}
