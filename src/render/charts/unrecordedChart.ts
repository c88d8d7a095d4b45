import * as Plot from '@observablehq/plot';
import { findMeasure } from '../../engine/vocabulary.ts';
import type { Figure, Report } from '../../engine/compute/model.ts';
import { joinList } from '../phrases.ts';
import { intervalX, rowLayout, theme } from './marks.ts';
import { renderPlot, type RenderedPlot } from './plot.ts';
import { chartData, reportSource, sampleSizeOf, type ChartModule, type ChartSpec, type ColumnOf, type PlottedFigure } from './spec.ts';
import type { Voice } from '../../config.ts';
import { voiceText } from '../voice.ts';
import { messages } from '../../i18n/index.ts';

const groups = ['overall', 'violence', 'sexual-offences'] as const;
const noRange = 'range not available';

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
export const unrecordedChart: ChartModule = (report: Report, voice: Voice = 'independent') => {
  const figures = groups.map((id) => ({ id, figure: report.figures.find((f) => f.measure === id) }));
  if (figures.some(({ figure }) => figure?.unrecorded)) return unrecordedSpec(report, figures, voice);
  if (figures.some(({ figure }) => figure?.additional)) return additionalSpec(report, figures);
  return null;
};

type Groups = { id: string; figure: Figure | undefined }[];

function unrecordedSpec(report: Report, figures: Groups, voice: Voice): ChartSpec {
  const rows: Row[] = [];
  const plotted: PlottedFigure[] = [];
  const notPublished: string[] = [];
  const bases = new Set<string>();
  for (const { id, figure } of figures) {
    const label = figure?.label ?? findMeasure(id)?.label ?? id;
    const unrecorded = figure?.unrecorded;
    if (!figure || !unrecorded) {
      notPublished.push(`${label}: not published`);
      continue;
    }
    const { range } = unrecorded;
    if (range) bases.add(messages('en').figure.basis[range.basis]);
    plotted.push({ measure: id, provenance: range ? [unrecorded.status, 'range'] : [unrecorded.status], sampleSize: sampleSizeOf(figure) });
    rows.push({ measure: id, label, value: unrecorded.over, text: unrecorded.text, low: range?.low ?? null, high: range?.high ?? null, rangeText: range?.text ?? null });
  }
  const anyRange = rows.some((row) => row.rangeText !== null);
  const sentences = rows.map((row, index) => {
    const range = row.rangeText ? ` (range ${row.rangeText})` : anyRange ? ` (${noRange})` : '';
    const status = figures.find((f) => f.id === row.measure)?.figure?.unrecorded?.status ?? 'published';
    if (row.measure === 'overall') return voiceText(voice).unrecordedEstimate[status](row.text, range);
    return `${row.label}: ${row.text}${index === 0 ? ' crimes a year not recorded' : ''}${range}.`;
  });
  const basis = bases.size > 0 ? ` Each range is computed from ${joinList([...bases])}; ${voiceText(voice).rangesNotPrinted}.` : '';
  const summary = `${sentences.join(' ')}${basis}`;
  return {
    id: 'unrecorded',
    question: null,
    heading: 'Crimes not recorded a year (estimate)',
    figures: plotted,
    source: reportSource(report, plotted),
    summary,
    ...barsPlot(rows, 'Crimes a year not recorded', summary),
    data: chartData(unrecordedColumns, rows),
    table: anyRange
      ? {
          caption: 'Estimated crimes a year not recorded, with the range implied by the 95% interval of the rate',
          columns: ['Crime group', 'Crimes a year not recorded', 'Range'],
          rows: rows.map((row) => [row.label, row.text, row.rangeText ?? noRange]),
        }
      : { caption: 'Estimated crimes a year not recorded', columns: ['Crime group', 'Crimes a year not recorded'], rows: rows.map((row) => [row.label, row.text]) },
    notPublished,
  };
}

function additionalSpec(report: Report, figures: Groups): ChartSpec {
  const rows: Row[] = [];
  const plotted: PlottedFigure[] = [];
  const notPublished: string[] = [];
  for (const { id, figure } of figures) {
    const label = figure?.label ?? findMeasure(id)?.label ?? id;
    if (!figure?.additional) {
      notPublished.push(`${label}: not published`);
      continue;
    }
    rows.push({ measure: id, label, value: figure.additional.value, text: figure.additional.text, low: null, high: null, rangeText: null });
    plotted.push({ measure: id, provenance: ['published'], sampleSize: sampleSizeOf(figure) });
  }
  const summary = rows.map((row) => `The force was estimated to record ${row.text} more crimes a year (${lowerFirst(row.label)}) than before.`).join(' ');
  return {
    id: 'unrecorded',
    question: null,
    heading: 'Crimes additionally recorded a year (estimate)',
    figures: plotted,
    source: reportSource(report, plotted),
    summary,
    ...barsPlot(rows, 'Crimes a year additionally recorded', summary),
    data: chartData(additionalColumns, rows),
    table: { caption: 'Estimated crimes a year additionally recorded', columns: ['Crime group', 'Crimes a year additionally recorded'], rows: rows.map((row) => [row.label, row.text]) },
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
