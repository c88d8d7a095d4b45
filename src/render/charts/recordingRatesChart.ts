import * as Plot from '@observablehq/plot';
import { findMeasure } from '../../engine/vocabulary.ts';
import type { Report } from '../../engine/compute/model.ts';
import { intervalDotX, rowLayout, theme, type IntervalRow } from './marks.ts';
import { renderPlot } from './plot.ts';
import { chartData, reportSource, sampleSizeOf, type ChartModule, type ColumnOf, type PlottedFigure } from './spec.ts';

const groups = ['overall', 'violence', 'sexual-offences', 'domestic-abuse'] as const;
const noInterval = 'interval not published';

interface Row extends IntervalRow {
  measure: string;
  rateText: string;
  /** "87.9% to 91.1%", or null where the interval is not published. */
  rangeText: string | null;
  halfWidth: number | null;
}

const columns: ColumnOf<Row>[] = [
  { name: 'crime_group', title: 'Crime group', type: 'string', value: (row) => row.label },
  { name: 'measure', title: 'Measure id, as in /data/figures.csv', type: 'string', value: (row) => row.measure },
  { name: 'rate_pct', title: 'Share of reported crimes recorded correctly, in percent', type: 'number', value: (row) => row.value },
  { name: 'ci_low_pct', title: 'Lower bound of the 95% confidence interval, in percent; empty where not published', type: 'number', value: (row) => row.low },
  { name: 'ci_high_pct', title: 'Upper bound of the 95% confidence interval, in percent; empty where not published', type: 'number', value: (row) => row.high },
  { name: 'ci_half_width_pct', title: 'Half-width of the 95% confidence interval, in percentage points; empty where not published', type: 'number', value: (row) => row.halfWidth },
];

/** Recording rate of each audited crime group: a dot at the rate on a bar spanning its 95% interval. */
export const recordingRatesChart: ChartModule = (report: Report) => {
  const rows: Row[] = [];
  const figures: PlottedFigure[] = [];
  const notPublished: string[] = [];
  for (const id of groups) {
    const figure = report.figures.find((f) => f.measure === id);
    const label = figure?.label ?? findMeasure(id)?.label ?? id;
    if (!figure?.rate) {
      notPublished.push(figure?.approx ? `${label}: not published as a figure (given as “${figure.approx}”)` : `${label}: not published`);
      continue;
    }
    const { rate, interval } = figure;
    rows.push({
      measure: id,
      label,
      value: rate.value,
      rateText: rate.text,
      low: interval?.low ?? null,
      high: interval?.high ?? null,
      rangeText: interval?.rangeText ?? null,
      halfWidth: interval?.halfWidth ?? null,
    });
    figures.push({ measure: id, provenance: interval ? [rate.status, interval.status] : [rate.status], sampleSize: sampleSizeOf(figure) });
  }
  if (rows.length === 0) return null;

  const summary = rows.map(sentence).join(' ');
  const lowest = Math.min(...rows.map((row) => row.low ?? row.value));
  const { svg, image, drawings } = renderPlot(
    (width) => {
      const { options, rowLabels, valueLabels, xTicks, xLabel } = rowLayout(
        rows.map((row) => row.label),
        { width, xAxis: true, valueTexts: rows.map((row) => row.rateText), valueDx: 10 },
      );
      return {
        ...options,
        x: { domain: [Math.max(0, Math.floor(lowest / 10) * 10 - 10), 100], ticks: xTicks, ...xLabel('Recorded correctly (%)') },
        marks: [
          intervalDotX(rows),
          rowLabels(rows),
          valueLabels(rows, { x: (row: Row) => row.high ?? row.value, text: 'rateText' }),
        ],
      };
    },
    { id: 'recording-rates', label: summary },
  );

  return {
    id: 'recording-rates',
    question: 1,
    heading: 'Crimes recorded correctly, by crime group',
    figures,
    source: reportSource(report, figures),
    summary,
    svg,
    image,
    drawings,
    data: chartData(columns, rows),
    table: {
      caption: 'Share of reported crimes recorded correctly, with the 95% confidence interval',
      columns: ['Crime group', 'Recorded correctly', '95% confidence interval'],
      rows: rows.map((row) => [row.label, row.rateText, row.rangeText ?? noInterval]),
    },
    notPublished,
  };
};

function sentence(row: Row, index: number): string {
  const interval = row.rangeText === null ? noInterval : index === 0 ? `95% confidence interval ${row.rangeText}` : row.rangeText;
  if (row.measure === 'overall') return `The force recorded ${row.rateText} of reported crimes (${interval}).`;
  return `${row.label}: ${row.rateText} (${interval}).`;
}
