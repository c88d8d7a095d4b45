import type { Figure, Report } from '../engine/compute/model.ts';

/** The report's figure for one measure, if the report gives it. */
export function figureOf(report: Report, measure: string): Figure | undefined {
  return report.figures.find((figure) => figure.measure === measure);
}
