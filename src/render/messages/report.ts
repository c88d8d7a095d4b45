import type { Report } from '../../engine/compute/model.ts';
import { messages, type Locale } from '../../i18n/index.ts';
import { isInspectorate, publisherOf } from '../publishers.ts';

/** What the link to the full report says of its source: the inspectorate's own text, or who reported it. */
export function fullReportHint(report: Report, lang: Locale = 'en'): string {
  const t = messages(lang).report;
  return isInspectorate(report.sourceUrl) ? t.fullReportHint : t.reportedBy({ publisher: publisherOf(report.sourceUrl, report.published?.date ?? null) });
}
