import type { Report } from '../../engine/compute/model.ts';
import { publicationName, type Provenance } from '../phrases.ts';
import type { Voice } from '../../config.ts';
import type { Locale } from '../../i18n/index.ts';
import type { DrawingSize } from './plot.ts';

/** One figure of the report that a chart plots, as data: the CSV download and the source line are made from these fields. */
export interface PlottedFigure {
  measure: string;
  /** How each value plotted for the figure was obtained, in the order of the table's columns. */
  provenance: Provenance[];
  /** The base the figure's count is out of, where the source gives both counts; null where it does not. */
  sampleSize: number | null;
}

/** Who published the plotted values and how they were obtained; `name` is e.g. "HMICFRS, Kent Police, Crime data integrity inspection 2017". */
export interface ChartSource {
  name: string;
  url: string;
  provenance: Provenance[];
}

/**
 * Everything a page needs to show one chart accessibly: the SVG, and a heading, a summary sentence,
 * a table and a source that all come from the same plotted rows, so that they cannot disagree.
 */
export interface ChartSpec {
  /** Stable anchor id, unique within a report page, e.g. "recording-rates". */
  id: string;
  /** The report question (1 to 3) under which the chart is shown, or null for the key figures. */
  question: 1 | 2 | 3 | null;
  heading: string;
  /** The report figures plotted, one for each table row in the same order; empty for the charts across reports (forces, inspections). */
  figures: PlottedFigure[];
  source: ChartSource;
  /** Plain-English sentence(s) generated from the plotted data. */
  summary: string;
  /** Inline SVG, role="img" with an aria-label; ids normalised per chart. */
  svg: string;
  /** The same chart as an image file, for the SVG and PNG downloads. */
  image: { svg: string; width: number; height: number };
  /** The size of each of the page's drawings, one per layout width (charts/layouts.ts), as drawn: the embed page's height is worked out from these. */
  drawings: DrawingSize[];
  /** The plotted values as data, one row per plotted item: the chart's CSV download, never parsed back from the table's text. */
  data: ChartData;
  /** Exactly the plotted values, interval bounds included, as formatted text. */
  table: { caption: string; columns: string[]; rows: string[][] };
  /** Items left out because the data does not have them: shown as "not published" notes, never as 0. */
  notPublished: string[];
}

/** The inspectorate's publications index: the source of the charts that draw from many of its reports. */
export const publicationsUrl = 'https://www.justiceinspectorates.gov.uk/hmicfrs/publications/';

/** A report's chart; `voice` says who speaks in its summary sentence, `lang` in which language its words are (the modules in `bilingual` of charts/index.ts). */
export type ChartModule = (report: Report, voice?: Voice, lang?: Locale) => ChartSpec | null;

/** The base of a figure's count, where the source gives both the count and its base. */
export function sampleSizeOf(figure: { numerator: number | null; denominator: number | null }): number | null {
  return figure.numerator !== null && figure.denominator !== null ? figure.denominator : null;
}

/** The source of a report chart: the report's publication, and how the plotted figures were obtained, each way once. */
export function reportSource(report: Report, figures: readonly PlottedFigure[], lang: Locale = 'en'): ChartSource {
  return { name: publicationName(report, lang), url: report.sourceUrl, provenance: [...new Set(figures.flatMap((figure) => figure.provenance))] };
}

/** A column of a chart's data, named with its unit where it has one (rate_pct, crimes_per_year). */
export interface DataColumn {
  name: string;
  /** What the column holds, in words, for the CSV's sidecar. */
  title: string;
  type: 'string' | 'number' | 'integer';
}

/** The values a chart plots, as numbers beside their labels; null where a value is not published. */
export interface ChartData {
  columns: DataColumn[];
  rows: (string | number | null)[][];
}

/** A data column and how to read it from the rows that the chart's marks draw. */
export interface ColumnOf<Row> extends DataColumn {
  value: (row: Row) => string | number | null;
}

/** The chart's data from the same rows its marks draw, so that the CSV holds what is plotted. */
export function chartData<Row>(columns: readonly ColumnOf<Row>[], rows: readonly Row[]): ChartData {
  return { columns: columns.map(({ name, title, type }) => ({ name, title, type })), rows: rows.map((row) => columns.map((column) => column.value(row))) };
}
