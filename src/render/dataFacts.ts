import type { Site } from '../engine/compute/model.ts';
import { isInspectorate } from './publishers.ts';

/**
 * What the methodology says about the data, worked out from the data at build time so that the page cannot
 * contradict it: how many inspections and figures rest on a source other than the inspectorate's own pages, and
 * when rates printed to two decimal places were published.
 */
export interface DataFacts {
  inspections: number;
  /** Inspections whose source is not the inspectorate's own page (press, force or commissioner pages...). */
  otherSourced: number;
  figures: number;
  otherSourcedFigures: number;
  /** Published rates printed to two decimals: how many, and the first and last publication dates among those dated. */
  twoDecimal: { count: number; first: { date: string; text: string } | null; last: { date: string; text: string } | null; undated: number };
}

export function dataFacts(site: Site): DataFacts {
  const reports = site.reports.filter((r) => r.figures.length === 0 || !r.figures.every((f) => f.pending));
  const figures = reports.flatMap((r) => r.figures.filter((f) => !f.pending));
  const twoDecimal = reports.flatMap((r) => r.figures.filter((f) => f.printedDecimals === 2).map(() => r));
  const dated = twoDecimal.flatMap((r) => (r.published ? [r.published] : [])).sort((a, b) => a.date.localeCompare(b.date));
  return {
    inspections: reports.length,
    otherSourced: reports.filter((r) => !isInspectorate(r.sourceUrl)).length,
    figures: figures.length,
    otherSourcedFigures: figures.filter((f) => !isInspectorate(f.source)).length,
    twoDecimal: { count: twoDecimal.length, first: dated[0] ?? null, last: dated.at(-1) ?? null, undated: twoDecimal.length - dated.length },
  };
}

