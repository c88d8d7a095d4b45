import type { Report } from '../engine/compute/model.ts';

/** What a page says where a grade is missing: the 2014 dip samples predate graded inspections; elsewhere it was not published. */
export function missingGradeText(report: Report): string {
  return report.kind === 'dip-sample-2014' ? 'not graded' : 'not published';
}
