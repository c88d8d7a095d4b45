import type { Report } from '../../engine/compute/model.ts';
import { isInspectorate, publisherOf } from '../publishers.ts';

/** The report page's own strings (one place, ready for a message catalogue). */
export const reportText = {
  fullReport: 'Read the full report',
  fullReportHint: 'the authoritative text',
  reportedBy: (publisher: string) => `as reported by ${publisher}; the inspectorate’s own report may not be online`,
  pdf: 'This page as a PDF',
  pdfHint: 'our summary page, printed; not the inspectorate’s report',
  /** One line for every question the narrative's source does not cover, in place of a notice per question. */
  uncovered: (numbers: readonly number[]) => {
    const list = numbers.length === 1 ? `question ${numbers[0]}` : `questions ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
    return `The source this page was written from (often only the published summary) does not cover ${list}; the full report may.`;
  },
} as const;

/** What the link to the full report says of its source: the inspectorate's own text, or who reported it. */
export function fullReportHint(report: Report): string {
  return isInspectorate(report.sourceUrl) ? reportText.fullReportHint : reportText.reportedBy(publisherOf(report.sourceUrl, report.published?.date ?? null));
}
