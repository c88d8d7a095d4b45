import * as Plot from '@observablehq/plot';
import type { Report } from '../../engine/compute/model.ts';
import { messages, type Locale } from '../../i18n/index.ts';
import { measureLabel, missingText, rangeText } from '../localised.ts';
import { intervalDotX, rowLayout, theme, type IntervalRow } from './marks.ts';
import { renderPlot } from './plot.ts';
import { chartData, reportSource, sampleSizeOf, type ChartModule, type ColumnOf, type PlottedFigure } from './spec.ts';

const groups = ['overall', 'violence', 'sexual-offences', 'domestic-abuse'] as const;

interface Row extends IntervalRow {
  measure: string;
  rateText: string;
  /** "87.9% to 91.1%", or null where there is no interval. */
  rangeText: string | null;
  /** Why there is no interval, in words: "not found yet". */
  intervalMissing: string;
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

/** Recording rate of each audited crime group: a dot at the rate on a bar spanning its 95% interval; its words in `lang`. */
export const recordingRatesChart: ChartModule = (report: Report, _voice, lang: Locale = 'en') => {
  const t = messages(lang).chart.recordingRates;
  const rows: Row[] = [];
  const figures: PlottedFigure[] = [];
  const notPublished: string[] = [];
  for (const id of groups) {
    const figure = report.figures.find((f) => f.measure === id);
    const label = measureLabel(lang, { measure: id, label: figure?.label ?? id });
    if (!figure?.rate) {
      notPublished.push(figure?.approx ? t.notPublishedApprox({ label, approx: figure.approx }) : t.missing({ label, missing: missingText(lang, figure, 'rate', 'rate') }));
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
      rangeText: interval ? rangeText(lang, interval) : null,
      intervalMissing: missingText(lang, figure, 'interval', 'interval'),
      halfWidth: interval?.halfWidth ?? null,
    });
    figures.push({ measure: id, provenance: interval ? [rate.status, interval.status] : [rate.status], sampleSize: sampleSizeOf(figure) });
  }
  if (rows.length === 0) return null;

  const summary = rows.map((row, index) => sentence(row, index, t)).join(' ');
  const lowest = Math.min(...rows.map((row) => row.low ?? row.value));
  const { svg, image, drawings } = renderPlot(
    (width) => {
      const { options, rowLabels, valueLabels, xTicks, xLabel } = rowLayout(
        rows.map((row) => row.label),
        { width, xAxis: true, valueTexts: rows.map((row) => row.rateText), valueDx: 10 },
      );
      return {
        ...options,
        x: { domain: [Math.max(0, Math.floor(lowest / 10) * 10 - 10), 100], ticks: xTicks, ...xLabel(t.axis) },
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
    heading: t.heading,
    figures,
    source: reportSource(report, figures, lang),
    summary,
    svg,
    image,
    drawings,
    data: chartData(columns, rows),
    table: {
      caption: t.caption,
      columns: [t.column.group, t.column.recorded, t.column.interval],
      rows: rows.map((row) => [row.label, row.rateText, row.rangeText ?? t.noInterval({ missing: row.intervalMissing })]),
    },
    notPublished,
  };
};

function sentence(row: Row, index: number, t: ReturnType<typeof messages>['chart']['recordingRates']): string {
  const interval = row.rangeText === null ? t.noInterval({ missing: row.intervalMissing }) : index === 0 ? t.firstInterval({ range: row.rangeText }) : row.rangeText;
  if (row.measure === 'overall') return t.overall({ rate: row.rateText, interval });
  return t.group({ label: row.label, rate: row.rateText, interval });
}
