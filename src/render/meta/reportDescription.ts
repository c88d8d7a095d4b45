import type { Report } from '../../engine/compute/model.ts';
import { overallText } from './overallText.ts';

/** The page description search engines and link previews show: who, what, when, the grade and the overall rate. */
export function reportDescription(report: Report): string {
  const { grade, rate } = overallText(report);
  const published = report.published ? `published ${report.published.text}` : 'publication date not published';
  return `${report.force.name}, ${report.title} (${published}). ${grade}. ${rate.charAt(0).toUpperCase()}${rate.slice(1)}.`;
}
