import { figureStatus } from '../engine/compute/figureStatus.ts';
import type { Figure, ForceRef, Release, Report, ReportFlag, Status } from '../engine/compute/model.ts';
import { messages, type Locale } from '../i18n/index.ts';
import { englishList } from '../i18n/en.ts';
import { countText, dateText, forceName, measureLabel, publishedText, reportTitle } from './localised.ts';
import { kinds, provenanceWords, type Absence } from '../engine/vocabulary.ts';
import { figureAnchor } from '../routes.ts';
import { inspectorateName, isInspectorate, publisherOf } from './publishers.ts';

/*
 * The words pages, downloads and citations use about figures: how each was obtained, where it was published,
 * and how to cite it. One table of status words, so that the page, the table, the CSV and the citation agree.
 */

/** How a value was obtained: as the source printed it, computed here from its counts, or a range computed here from its interval. */
export type Provenance = Status | 'range';

/** "as published", "computed from counts", "counted from the audit sheet", or "ranges computed from the 95% interval of the rate". */
export function statusText(provenance: Provenance): string {
  return provenanceWords[provenance];
}


/** How a figure's counts were obtained: as published, or counted from the author's audit sheet. */
export function countStatus(figure: Figure): Status {
  return figure.fromAudit ? 'audit' : 'published';
}

/** How a figure was obtained, in words; "as published" for a figure without a value, as before. */
export function figureStatusText(figure: Figure, lang: Locale = 'en'): string {
  return messages(lang).provenance[figureStatus(figure) ?? 'published'];
}

/** The report's figures as published, as computed from counts and as counted from the audit sheet, as the Source section lists them. */
export function figuresByStatus(report: Report): Record<Status, Figure[]> {
  return {
    published: report.figures.filter((figure) => figureStatus(figure) === 'published'),
    computed: report.figures.filter((figure) => figureStatus(figure) === 'computed'),
    audit: report.figures.filter((figure) => figureStatus(figure) === 'audit'),
  };
}

/** "as published and computed from counts": each way the values were obtained, once, in order. */
export function provenanceText(provenance: readonly Provenance[]): string {
  return [...new Set(provenance.map(statusText))].join(' and ');
}

/** "Source: HMICFRS, <force>, <inspection title> (as published and computed from counts)"; `name` says who published it. */
export function sourceLine(source: { name: string; provenance: readonly Provenance[] }, lang: Locale = 'en'): string {
  return messages(lang).chart.source({ name: source.name, provenance: [...new Set(source.provenance.map((p) => messages(lang).provenance[p]))] });
}

/** "The Wiltshire Times" for "the Wiltshire Times", at the start of a sentence or list item. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a", "a and b", "a, b and c" (the English catalogue's list). */
export const joinList = englishList;

/** A note on untidy data (the model's `flags`) in words, in a language of the site. */
export function flagText(lang: Locale, f: ReportFlag): string {
  const words = messages(lang).flag;
  return f.flag === 'long-period' ? words[f.flag]({ months: f.months }) : words[f.flag]();
}

/** The report's figure for one measure, if the report gives it. */
export function figureOf(report: Report, measure: string): Figure | undefined {
  return report.figures.find((figure) => figure.measure === measure);
}

/** The headline figures of a report page: which figure, its heading, and what its estimate of crimes not recorded counts. */
export interface KeyFigureSpec {
  heading: string;
  /** What the rate is a share of, after the number: "of reported crimes were recorded". */
  label: string;
  figure: Figure | undefined;
  /** What its estimate of crimes not recorded counts; null where no such estimate is ever made (a dip sample). */
  unrecordedLabel: string | null;
}

/**
 * A 2014 dip sample is a rate of its own (crimes recorded of those audited, a small sample), never the all-crime
 * recording rate: its page leads with it under its own label. Every other report leads with the audited strata.
 */
export function keyFigures(report: Report, lang: Locale = 'en'): KeyFigureSpec[] {
  const key = messages(lang).figure.key;
  if (kinds[report.kind].figures === 'dip sample') {
    return [{ ...key['dip-sample'], figure: figureOf(report, 'dip-sample'), unrecordedLabel: null }];
  }
  return (['overall', 'violence', 'sexual-offences'] as const).map((measure) => ({
    heading: key[measure].heading,
    label: key[measure].label,
    figure: figureOf(report, measure),
    unrecordedLabel: key[measure].unrecorded,
  }));
}

/**
 * Whether a page lists the grades of the three CDI questions: CDI inspections and re-inspections grade them (a
 * missing one is "not published"); PEEL, national, dip-sample and victim-service reports do not, so unless the
 * data has one, their pages leave the list out rather than print three "not published".
 */
export function gradesQuestions(report: Report): boolean {
  const { questions } = report.grades;
  return kinds[report.kind].gradesQuestions || [questions[1], questions[2], questions[3]].some((grade) => grade !== null);
}

/**
 * The three kinds of empty (vocabulary.ts `absences`), and a figure not yet out, in English (the catalogue's
 * `absence`; a page in another language reads its own). A date no text gives is "not known", never "not published".
 */
export const absenceText: Record<Absence | 'pending' | 'date', string> = messages('en').absence;

/** What a page says where a report's grade is missing (the overall grade unless `absence` is a question's): an inspection whose figures all await publication is "not yet published". */
export function missingGradeText(report: Report, absence: Absence | null = report.grades.absent.overall, lang: Locale = 'en'): string {
  const words = messages(lang).absence;
  const pending = report.figures.length > 0 && report.figures.every((f) => f.pending);
  return pending && absence !== 'not-applicable' ? words.pending : words[absence ?? 'not-found'];
}

/**
 * What a report page says where a narrative leaves out a standard section: an absent section means that the
 * source the narrative was written from (often only the published summary) does not cover it.
 */
export function uncoveredText(section: { question: 1 | 2 | 3 | null }, lang: Locale = 'en'): string {
  return messages(lang).report.uncoveredSection({ question: section.question !== null });
}

/** The stable id of a figure on its report page, e.g. "figure-overall": citations and the data link to it. */

/**
 * A figure in words, from the model's pre-formatted text: "89.5% (±1.64) of reported crimes were recorded",
 * "1,396 crime reports were audited". A figure without a value says why (not published by the source, not found yet), never 0.
 */
export function figureStatement(figure: Figure, lang: Locale = 'en'): string {
  const t = messages(lang);
  const label = measureLabel(lang, figure);
  const count = countText(lang, figure);
  if (figure.pending) return `${label}: ${t.absence.pending}`;
  if (figure.shape === 'count') return count ? (lang === 'en' ? `${count} ${figure.phrase}` : `${label}: ${count}`) : `${label}: ${t.absence[figure.absent.count ?? 'not-found']}`;
  if (figure.rate) {
    const detail = [figure.interval?.text, count].filter((part) => part !== null && part !== undefined);
    const value = `${figure.rate.text}${detail.length > 0 ? ` (${detail.join('; ')})` : ''}`;
    return lang === 'en' ? `${value} of ${figure.phrase}` : `${label}: ${value}`;
  }
  if (figure.approx) return lang === 'en' ? `${figure.approx} of ${figure.phrase} (${t.figure.pressRounding})` : `${label}: ${figure.approx} (${t.figure.pressRounding})`;
  return `${label}: ${t.absence[figure.absent.rate ?? 'not-found']}`;
}

/** The inspectorate by its name at the time, and, where the source is not its own page, who reported it. */
function credit(report: Report, lang: Locale): { inspectorate: string; via: string } {
  const date = report.published?.date ?? null;
  return { inspectorate: inspectorateName(date), via: isInspectorate(report.sourceUrl) ? '' : messages(lang).cite.via({ publisher: publisherOf(report.sourceUrl, date) }) };
}

/** "HMICFRS, Metropolitan Police Service: Crime data integrity inspection 2018, published 17 July 2018[, as reported by BBC]" */
export function publicationText(report: Report, lang: Locale = 'en'): string {
  const { inspectorate, via } = credit(report, lang);
  const t = messages(lang);
  const date = publishedText(lang, report);
  const published = date ? t.cite.published({ date }) : t.absence.date;
  return `${inspectorate}, ${forceName(lang, report.force)}: ${reportTitle(lang, report)}, ${published}${via}`;
}

/** A chart's source: "HMIC, Kent Police, Crime data integrity inspection 2017[, as reported by BBC]". */
export function publicationName(report: Report, lang: Locale = 'en'): string {
  const { inspectorate, via } = credit(report, lang);
  return `${inspectorate}, ${forceName(lang, report.force)}, ${reportTitle(lang, report)}${via}`;
}

/**
 * Text to paste under a quoted figure: the figure, who published it and when, where it was printed,
 * whether it is as published or computed here, and the address of the figure on this site.
 * `pageUrl` is the report page's absolute canonical URL.
 */
export function citeFigure(report: Report, figure: Figure, pageUrl: string, lang: Locale = 'en'): string {
  const t = messages(lang).cite;
  return [
    `${forceName(lang, report.force)}: ${figureStatement(figure, lang)}.`,
    `${publicationText(report, lang)}.`,
    `${sentenceCase(publisherOf(figure.source, report.published?.date ?? null))}: ${figure.source} (${t.figureStatus({ status: figureStatusText(figure, lang) })}).`,
    t.citedFrom({ url: `${pageUrl}#${figureAnchor(figure.measure)}` }),
  ].join(' ');
}

/** Text to paste under a reproduced chart; `pageUrl` is the report page's absolute canonical URL. */
export function citeChart(report: Report, spec: { id: string; heading: string; source: { url: string } }, pageUrl: string, lang: Locale = 'en'): string {
  return [`${forceName(lang, report.force)}: ${spec.heading}.`, `${publicationText(report, lang)}.`, `${spec.source.url}.`, messages(lang).cite.citedFrom({ url: `${pageUrl}#${spec.id}` })].join(' ');
}

/** Text to paste under a reproduced chart of a force across its inspections; `pageUrl` is the force page's absolute URL. */
export function citeForceChart(force: Pick<ForceRef, 'name'>, spec: { id: string; heading: string; source: { name: string; url: string } }, pageUrl: string): string {
  return [`${force.name}: ${spec.heading}.`, `${spec.source.name}.`, `${spec.source.url}.`, `Cited from ${pageUrl}#${spec.id}`].join(' ');
}

/** How a citation names the release: "data release 1.1.0 of 1 December 2026". */
export function releaseName(release: Release | null, lang: Locale = 'en'): string {
  const t = messages(lang).cite;
  return release ? t.release({ version: release.version, date: dateText(lang, release.date) }) : t.noRelease;
}

/** A changed value as the change log shows it: an empty cell is "not published". */
export const shownValue = (cell: string): string => (cell === '' ? 'not published' : cell);

/** The words of a force's latest grade and rate in English (the catalogue's `latest`), for the pages that have no Welsh edition yet. */
export const latestTexts = messages('en').latest;
