import type { Report } from '../../engine/compute/model.ts';

/**
 * Everything a page needs to show one chart accessibly: the SVG, and a heading, a summary sentence,
 * a source line and a table that all come from the same plotted rows, so that they cannot disagree.
 */
export interface ChartSpec {
  /** Stable anchor id, unique within a report page, e.g. "recording-rates". */
  id: string;
  /** The report question (1 to 3) under which the chart is shown, or null for the key figures. */
  question: 1 | 2 | 3 | null;
  heading: string;
  /** Plain-English sentence(s) generated from the plotted data. */
  summary: string;
  /** Inline SVG, role="img" with an aria-label; ids normalised per chart. */
  svg: string;
  /** Exactly the plotted values, interval bounds included, as formatted text. */
  table: { caption: string; columns: string[]; rows: string[][] };
  /** e.g. "Source: HMICFRS, Metropolitan Police Service crime data integrity inspection 2018 (as published and computed from counts)". */
  source: string;
  sourceUrl: string;
  /** Items left out because the data does not have them: shown as "not published" notes, never as 0. */
  notPublished: string[];
}

export type ChartModule = (report: Report) => ChartSpec | null;
