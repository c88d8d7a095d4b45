import type { Figure, Report } from './model.ts';
import { newestFirst } from './inspectionOrder.ts';

/** What a force's "latest" is, measure by measure: the inspection it comes from, and the figure. */
export interface LatestFacts {
  /** The force's newest inspection, whatever it published. */
  latest: Report | null;
  /** The newest inspection with an overall grade. */
  graded: Report | null;
  /** The newest inspection with an overall recording rate, and that rate. */
  rated: { report: Report; figure: Figure & { rate: NonNullable<Figure['rate']> } } | null;
  /** The newest inspection with an overall estimate of crimes a year not recorded, and that estimate. */
  estimated: { report: Report; unrecorded: NonNullable<Figure['unrecorded']> } | null;
}

/** The overall recording rate a report published, if any. */
export const overallRate = (r: Report): (Figure & { rate: NonNullable<Figure['rate']> }) | undefined =>
  r.figures.find((f): f is Figure & { rate: NonNullable<Figure['rate']> } => f.measure === 'overall' && f.rate !== null);

/**
 * The one rule for a force's "latest", used by every page: for each measure (the overall grade, the overall
 * recording rate, the estimate of crimes not recorded), the newest inspection (inspectionOrder.ts) that published it. The two may be different
 * inspections; pages then show both, each with its year.
 */
export function latestFacts(reports: readonly Report[]): LatestFacts {
  const ordered = newestFirst(reports);
  const graded = ordered.find((r) => r.grades.overall !== null) ?? null;
  const rated = ordered.flatMap((report) => {
    const figure = overallRate(report);
    return figure ? [{ report, figure }] : [];
  })[0] ?? null;
  const estimated = ordered.flatMap((report) => {
    const unrecorded = report.figures.find((f) => f.measure === 'overall' && f.unrecorded !== null)?.unrecorded;
    return unrecorded ? [{ report, unrecorded }] : [];
  })[0] ?? null;
  return { latest: ordered[0] ?? null, graded, rated, estimated };
}

