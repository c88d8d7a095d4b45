import type { Report } from '../engine/compute/model.ts';

/**
 * The Title that our own Word copies (the template and the review copy) open with. The import compares a draft's
 * Title with it, so that the title it wrote is never read back as the headline.
 */
export function wordTitle(report: Pick<Report, 'force' | 'title'>): string {
  return `${report.force.name}: ${report.title}`;
}
