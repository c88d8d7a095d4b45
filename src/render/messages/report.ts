import type { Report } from '../../engine/compute/model.ts';
import { messages, type Locale } from '../../i18n/index.ts';
import { isInspectorate, publisherOf } from '../publishers.ts';
import { englishHtml } from '../localised.ts';

/**
 * What the link to the full report says of its source, as HTML (the catalogue's words hold no markup): the
 * inspectorate's own text, or who reported it, the publisher's name escaped and marked as English on a page in
 * another language (it is the name it goes by).
 */
export function fullReportHintHtml(report: Report, lang: Locale = 'en'): string {
  const t = messages(lang).report;
  if (isInspectorate(report.sourceUrl)) return t.fullReportHint;
  return t.reportedBy({ publisher: englishHtml(lang, publisherOf(report.sourceUrl, report.published?.date ?? null)) });
}
