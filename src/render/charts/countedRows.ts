import type { Report } from '../../engine/compute/model.ts';
import { findMeasure } from '../../engine/vocabulary.ts';

export interface CountedRow {
  measure: string;
  label: string;
  x: number;
  n: number;
  /** "36 of 39", as the model formats it. */
  text: string;
  /** Completes "36 of 39 …" in a sentence. */
  phrase: string;
}

/**
 * The report's "x of n" findings among `ids`, in that order. A figure present without both counts
 * cannot be drawn as x of n, so it is listed as not published; `missing: true` also lists the absent ones.
 */
export function countedRows(report: Report, ids: readonly string[], { missing }: { missing: boolean }): { rows: CountedRow[]; notPublished: string[] } {
  const rows: CountedRow[] = [];
  const notPublished: string[] = [];
  for (const id of ids) {
    const figure = report.figures.find((f) => f.measure === id);
    if (figure && figure.numerator !== null && figure.denominator !== null && figure.countText !== null) {
      rows.push({ measure: id, label: figure.label, x: figure.numerator, n: figure.denominator, text: figure.countText, phrase: figure.phrase });
    } else if (figure) notPublished.push(`${figure.label}: counts not published`);
    else if (missing) notPublished.push(`${findMeasure(id)?.label ?? id}: not published`);
  }
  return { rows, notPublished };
}
