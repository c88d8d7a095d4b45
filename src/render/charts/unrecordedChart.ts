import * as Plot from '@observablehq/plot';
import type { Figure, Report } from '../../engine/compute/model.ts';
import { formatNumber, messages, type Locale } from '../../i18n/index.ts';
import { estimateText, measureLabel, missingText } from '../localised.ts';
import { intervalX, rowLayout, theme } from './marks.ts';
import { renderPlot, type RenderedPlot } from './plot.ts';
import { chartData, reportSource, sampleSizeOf, type ChartModule, type ChartSpec, type ColumnOf, type PlottedFigure } from './spec.ts';
import type { Voice } from '../../config.ts';

const groups = ['overall', 'violence', 'sexual-offences'] as const;

interface Row {
  measure: string;
  label: string;
  value: number;
  /** "over 94,500", or "25,400" crimes additionally recorded. */
  text: string;
  low: number | null;
  high: number | null;
  rangeText: string | null;
}

const groupColumns: ColumnOf<Row>[] = [
  { name: 'crime_group', title: 'Crime group', type: 'string', value: (row) => row.label },
  { name: 'measure', title: 'Measure id, as in /data/figures.csv', type: 'string', value: (row) => row.measure },
];

const unrecordedColumns: ColumnOf<Row>[] = [
  ...groupColumns,
  { name: 'unrecorded_over_crimes_per_year', title: 'Estimated crimes a year not recorded: "over" this number, as published', type: 'integer', value: (row) => row.value },
  { name: 'range_low_crimes_per_year', title: 'Low end of the range implied by the 95% interval of the rate, computed here; empty where not available', type: 'integer', value: (row) => row.low },
  { name: 'range_high_crimes_per_year', title: 'High end of that range; empty where not available', type: 'integer', value: (row) => row.high },
];

const additionalColumns: ColumnOf<Row>[] = [
  ...groupColumns,
  { name: 'additional_crimes_per_year', title: 'Estimated crimes a year additionally recorded, as published', type: 'integer', value: (row) => row.value },
];

/**
 * Crimes a year the force did not record, by crime group, with the range the rate's 95% interval implies.
 * A re-inspection that instead estimates crimes additionally recorded gets those.
 */
export const unrecordedChart: ChartModule = (report: Report, voice: Voice = 'independent', lang: Locale = 'en') => {
  const figures = groups.map((id) => ({ id, figure: report.figures.find((f) => f.measure === id) }));
  if (figures.some(({ figure }) => figure?.unrecorded)) return unrecordedSpec(report, figures, voice, lang);
  if (figures.some(({ figure }) => figure?.additional)) return additionalSpec(report, figures, lang);
  return null;
};

type Groups = { id: string; figure: Figure | undefined }[];

function unrecordedSpec(report: Report, figures: Groups, voice: Voice, lang: Locale): ChartSpec {
  const words = messages(lang);
  const t = words.chart.unrecorded;
  const rows: Row[] = [];
  const plotted: PlottedFigure[] = [];
  const notPublished: string[] = [];
  const bases = new Set<string>();
  for (const { id, figure } of figures) {
    const label = measureLabel(lang, { measure: id, label: figure?.label ?? id });
    const unrecorded = figure?.unrecorded;
    if (!figure || !unrecorded) {
      notPublished.push(t.missing({ label, missing: missingText(lang, figure, 'unrecorded', 'estimate') }));
      continue;
    }
    const { range } = unrecorded;
    if (range) bases.add(words.figure.basis[range.basis]);
    plotted.push({ measure: id, provenance: range ? [unrecorded.status, 'range'] : [unrecorded.status], sampleSize: sampleSizeOf(figure) });
    const rangeText = range ? words.figure.range({ low: formatNumber(lang, range.low), high: formatNumber(lang, range.high) }) : null;
    rows.push({ measure: id, label, value: unrecorded.over, text: estimateText(lang, unrecorded), low: range?.low ?? null, high: range?.high ?? null, rangeText });
  }
  const anyRange = rows.some((row) => row.rangeText !== null);
  const estimate = words.voice[voice];
  const sentences = rows.map((row, index) => {
    const range = row.rangeText ? t.range({ range: row.rangeText }) : anyRange ? ` (${t.noRange})` : '';
    const status = figures.find((f) => f.id === row.measure)?.figure?.unrecorded?.status ?? 'published';
    if (row.measure === 'overall') return estimate.unrecordedEstimate[status]({ text: row.text, range });
    return t.group({ label: row.label, text: row.text, first: index === 0, range });
  });
  const basis = bases.size > 0 ? t.basis({ bases: words.list([...bases]), printed: estimate.rangesNotPrinted }) : '';
  const summary = `${sentences.join(' ')}${basis}`;
  return {
    id: 'unrecorded',
    question: null,
    heading: t.heading,
    figures: plotted,
    source: reportSource(report, plotted, lang),
    summary,
    ...barsPlot(rows, t.axis, summary),
    data: chartData(unrecordedColumns, rows),
    table: anyRange
      ? {
          caption: t.captionRange,
          columns: [t.column.group, t.column.count, t.column.range],
          rows: rows.map((row) => [row.label, row.text, row.rangeText ?? t.noRange]),
        }
      : { caption: t.caption, columns: [t.column.group, t.column.count], rows: rows.map((row) => [row.label, row.text]) },
    notPublished,
  };
}

function additionalSpec(report: Report, figures: Groups, lang: Locale): ChartSpec {
  const t = messages(lang).chart.unrecorded;
  const rows: Row[] = [];
  const plotted: PlottedFigure[] = [];
  const notPublished: string[] = [];
  for (const { id, figure } of figures) {
    const label = measureLabel(lang, { measure: id, label: figure?.label ?? id });
    if (!figure?.additional) {
      notPublished.push(t.missing({ label, missing: missingText(lang, figure, 'additional', 'estimate') }));
      continue;
    }
    rows.push({ measure: id, label, value: figure.additional.value, text: formatNumber(lang, figure.additional.value), low: null, high: null, rangeText: null });
    plotted.push({ measure: id, provenance: ['published'], sampleSize: sampleSizeOf(figure) });
  }
  const summary = rows.map((row) => t.additional.sentence({ text: row.text, label: lowerFirst(row.label) })).join(' ');
  return {
    id: 'unrecorded',
    question: null,
    heading: t.additional.heading,
    figures: plotted,
    source: reportSource(report, plotted, lang),
    summary,
    ...barsPlot(rows, t.additional.axis, summary),
    data: chartData(additionalColumns, rows),
    table: { caption: t.additional.caption, columns: [t.column.group, t.additional.column], rows: rows.map((row) => [row.label, row.text]) },
    notPublished,
  };
}

function barsPlot(rows: Row[], axisLabel: string, summary: string): RenderedPlot {
  return renderPlot(
    (width) => {
      const { options, rowLabels, valueLabels, xTicks, xLabel } = rowLayout(
        rows.map((row) => row.label),
        { width, xAxis: true, valueTexts: rows.map((row) => row.text), valueDx: 8 },
      );
      return {
        ...options,
        x: { ...xLabel(axisLabel), nice: true, ticks: xTicks },
        marks: [
          Plot.barX(rows, { y: 'label', x: 'value', fill: theme.mid }),
          Plot.ruleX([0], { stroke: theme.ink }),
          intervalX(rows, { stroke: theme.ink, ruleWidth: 2, inset: 3 }),
          rowLabels(rows),
          valueLabels(rows, { x: (row: Row) => Math.max(row.value, row.high ?? 0), text: 'text' }),
        ],
      };
    },
    { id: 'unrecorded', label: summary },
  );
}

/** "Violence against the person" → "violence against the person", to sit inside a sentence. */
function lowerFirst(label: string): string {
  return label[0]!.toLowerCase() + label.slice(1);
}
