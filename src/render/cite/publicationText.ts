import type { Report } from '../../engine/compute/model.ts';

/** "HMICFRS, Metropolitan Police Service: Crime data integrity inspection 2018, published 17 July 2018" */
export function publicationText(report: Report): string {
  const published = report.published ? `published ${report.published.text}` : 'publication date not published';
  return `HMICFRS, ${report.force.name}: ${report.title}, ${published}`;
}
