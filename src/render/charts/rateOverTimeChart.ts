import * as Plot from '@observablehq/plot';
import type { Site, Trend, TrendRow } from '../../engine/compute/model.ts';
import { messages } from '../../i18n/index.ts';
import { textWidth, theme, wrap } from './marks.ts';
import { renderPlot } from './plot.ts';
import { chartData, publicationsUrl, type ChartSpec, type ColumnOf } from './spec.ts';

type ForceTrends = Site['forces'][number];

/** Why a row's rate or interval is missing, in the words of the inspection's own page: "not found yet". */
const missing = (row: TrendRow, value: 'rate' | 'interval'): string => {
  const words = messages('en').absence;
  return row.absent.pending ? words.pending : words[row.absent[value] ?? 'not-found'];
};
/** Heights in the SVG's own pixels: a crime group's title, an inspection's name above its marks, the marks, each note below them. */
const space = { marks: 22, axis: 44, top: 4 } as const;

/** One row per inspection in each crime group, as the table: the rate and its interval as numbers, empty where not published. */
const columns: ColumnOf<Row>[] = [
  { name: 'crime_group', title: 'Crime group of the rate', type: 'string', value: (r) => r.series.label },
  { name: 'measure', title: 'Measure the rate was published as (dip-sample for the 2014 dip sample)', type: 'string', value: (r) => r.trendRow.figure?.measure ?? r.series.measure },
  { name: 'inspection', title: 'Inspection', type: 'string', value: (r) => r.trendRow.inspection.title },
  { name: 'rate_pct', title: 'Recorded correctly, in percent; empty where not published', type: 'number', value: (r) => r.trendRow.figure?.value ?? null },
  { name: 'ci_low_pct', title: 'Lower bound of its 95% confidence interval, in percent; empty where not published', type: 'number', value: (r) => r.trendRow.figure?.low ?? null },
  { name: 'ci_high_pct', title: 'Upper bound of its 95% confidence interval, in percent; empty where not published', type: 'number', value: (r) => r.trendRow.figure?.high ?? null },
  { name: 'change_points', title: 'Change from the previous rate, in percentage points; empty for the first rate', type: 'number', value: (r) => r.trendRow.change?.points ?? null },
  { name: 'significant', title: 'Whether the change is statistically significant at the 95% level: yes, no, or empty where it cannot be tested or there is no change', type: 'string', value: (r) => (r.trendRow.change?.significant == null ? null : r.trendRow.change.significant ? 'yes' : 'no') },
];

/** One inspection in one crime group, where it sits and what is written beside it. */
interface Row {
  series: Trend;
  trendRow: TrendRow;
  dipSample: boolean;
  /** Centre of the interval and dot, in the SVG's pixels (0 until a layout places it). */
  y: number;
}

/** "statistically significant", "not significant" or "cannot be tested", from the model's test of the change. */
function significance(change: NonNullable<TrendRow['change']>): string {
  return change.significant === null ? 'cannot be tested' : change.significant ? 'statistically significant' : 'not significant';
}

/**
 * A force's recording rate at each of its inspections, one block per crime group of the model's comparisons
 * (all crime, violence, sexual offences), oldest first: a dot at the rate on a bar spanning its 95% interval, and
 * under each rate its change from the previous rate with the model's verdict on significance, in words (bold when
 * significant). The model's 2014 dip-sample series (measure "dip-sample") is drawn with hollow diamonds and named as a
 * dip sample, never as an all-crime rate. Inspections with no rate in any group are left out and listed; null for a force with fewer than two inspections or no rate.
 */
export function rateOverTimeChart(force: ForceTrends): ChartSpec | null {
  if (force.reports.length < 2) return null;
  const rated = new Set(force.trends.flatMap((trend) => trend.rows.filter((row) => row.figure).map((row) => row.inspection.key)));
  if (rated.size === 0) return null;
  const blocks = force.trends.filter((trend) => trend.rows.some((row) => row.figure));

  // What is drawn, in order, without its place: each layout width wraps its texts and places them itself.
  const entries: { series: Trend; title: boolean; trendRow?: TrendRow; dipSample?: boolean }[] = [];
  const rows: Row[] = [];
  for (const series of blocks) {
    entries.push({ series, title: true });
    // A dip sample was taken once, in 2014: its block shows that one figure, not a "not published" for every later inspection.
    const shown = series.rows.filter((row) => (series.measure === 'dip-sample' ? row.figure : rated.has(row.inspection.key)));
    for (const trendRow of shown) {
      const dipSample = trendRow.figure?.measure === 'dip-sample';
      entries.push({ series, title: false, trendRow, dipSample });
      rows.push({ series, trendRow, dipSample, y: 0 });
    }
  }
  const summary = summarise(force, blocks, rows);
  const allFigures = rows.flatMap((row) => (row.trendRow.figure ? [row.trendRow.figure] : []));
  const lowest = Math.min(...allFigures.map((figure) => figure.low ?? figure.value));
  const rateWidth = Math.max(0, ...rows.map((row) => textWidth(row.trendRow.rateText ?? '', { bold: true })));

  const draw = (width: number): Plot.PlotOptions => {
    const left = 12;
    const room = width - left - 8;
    const line = Math.ceil(theme.fontSize * 1.2);
    const placed: Row[] = [];
    const texts: { text: string; y: number; bold: boolean }[] = [];
    // A text wrapped to the chart's width, its lines from `top` down; returns the height it takes.
    const write = (text: string, top: number, bold: boolean): number => {
      const lines = wrap(text, room - (bold ? 20 : 0));
      texts.push({ text: lines.join('\n'), y: top + 1, bold });
      return lines.length * line;
    };
    let y = space.top;
    for (const entry of entries) {
      if (entry.title) {
        y += 8;
        y += write(entry.series.label, y, true) + 4;
        continue;
      }
      const trendRow = entry.trendRow!;
      y += write(trendRow.inspection.title, y, false) + 2;
      placed.push({ series: entry.series, trendRow, dipSample: entry.dipSample!, y: y + space.marks / 2 });
      y += space.marks + 2;
      const { change } = trendRow;
      if (entry.dipSample) y += write('dip sample: not an all-crime rate', y, false);
      if (change) y += write(`${change.text}: ${significance(change)}`, y, change.significant === true);
      y += 6;
    }
    const height = y + space.axis;
    const plotted = placed.flatMap((row) => (row.trendRow.figure ? [{ ...row, ...row.trendRow.figure }] : []));
    const ranged = plotted.filter((row) => row.low !== null && row.high !== null);
    const className = 'interval';
    const tick = (x: 'low' | 'high') => Plot.ruleX(ranged, { x, y1: (row: Row) => row.y - 6, y2: (row: Row) => row.y + 6, stroke: theme.grey, strokeWidth: 2, className });
    const textMark = (bold: boolean) =>
      Plot.text(
        texts.filter((t) => t.bold === bold),
        { y: 'y', text: 'text', frameAnchor: 'left', textAnchor: 'start', lineAnchor: 'top', lineHeight: 1.2, fill: theme.ink, fontWeight: bold ? 'bold' : 'normal' },
      );
    const marginRight = rateWidth + 14;
    return {
      width,
      height,
      marginTop: 0,
      marginBottom: space.axis,
      marginLeft: left,
      marginRight,
      style: { fontSize: `${theme.fontSize}px` },
      y: { type: 'identity', axis: null },
      x: { domain: [Math.max(0, Math.floor(lowest / 10) * 10 - 10), 100], label: 'Recorded correctly (%)', labelAnchor: 'center', labelArrow: 'none', ticks: Math.max(2, Math.floor((width - left - marginRight) / 70)) },
      marks: [
        textMark(true),
        textMark(false),
        Plot.ruleY(ranged, { y: 'y', x1: 'low', x2: 'high', stroke: theme.grey, strokeWidth: 3, className }),
        tick('low'),
        tick('high'),
        Plot.dot(
          plotted.filter((row) => !row.dipSample),
          { y: 'y', x: 'value', r: 6, fill: theme.dark, stroke: 'white' },
        ),
        Plot.dot(
          plotted.filter((row) => row.dipSample),
          { y: 'y', x: 'value', r: 7, symbol: 'diamond', fill: 'white', stroke: theme.dark, strokeWidth: 2.5 },
        ),
        Plot.text(plotted, {
          y: 'y',
          x: (row: (typeof plotted)[number]) => row.high ?? row.value,
          text: (row: Row) => row.trendRow.rateText,
          textAnchor: 'start',
          dx: 10,
          fill: theme.ink,
          fontWeight: 'bold',
        }),
        Plot.text(
          placed.filter((row) => !row.trendRow.figure),
          { y: 'y', text: (row: Row) => missing(row.trendRow, 'rate'), frameAnchor: 'left', textAnchor: 'start', fill: theme.grey, fontStyle: 'italic' },
        ),
      ],
    };
  };
  const { svg, image, drawings } = renderPlot(draw, { id: 'rate-over-time', label: summary });
  const plotted = allFigures;

  return {
    id: 'rate-over-time',
    question: null,
    heading: 'Recording rate at each inspection',
    figures: [],
    source: {
      name: `HMICFRS inspections of ${force.name}, each inspection’s published recording rates`,
      url: publicationsUrl,
      provenance: (['published', 'computed', 'audit'] as const).filter((status) => plotted.some((figure) => figure.status === status)),
    },
    summary,
    svg,
    image,
    drawings,
    data: chartData(columns, rows),
    table: {
      caption: `Recording rate of ${force.name} at each inspection, oldest first, with the 95% confidence interval and the change from the previous rate`,
      columns: ['Crime group', 'Inspection', 'Recorded correctly', '95% confidence interval', 'Change from the previous rate', 'Statistically significant?'],
      rows: rows.map(({ series, trendRow }) => [
        series.label,
        trendRow.inspection.title,
        trendRow.rateText ?? missing(trendRow, 'rate'),
        trendRow.figure ? (trendRow.figure.rangeText ?? `interval ${missing(trendRow, 'interval')}`) : 'not applicable',
        trendRow.change?.text ?? 'not applicable',
        trendRow.change?.significantText ?? 'not applicable',
      ]),
    },
    notPublished: force.trends[0]!.rows.filter((row) => !rated.has(row.inspection.key)).map((row) => `${row.inspection.title}: recording rate ${missing(row, 'rate')}`),
  };
}

/** The latest change of each crime group as the model words it, how many changes were significant, and what a dip sample is. */
function summarise(force: ForceTrends, blocks: readonly Trend[], rows: readonly Row[]): string {
  const changes = rows.flatMap((row) => (row.trendRow.change ? [row.trendRow.change] : []));
  const count = (significant: boolean | null) => changes.filter((change) => change.significant === significant).length;
  // With one change, the model's sentence about the latest change has said it all.
  const tally =
    changes.length > 1
      ? `Of the ${changes.length} changes drawn, ${count(true)} ${count(true) === 1 ? 'is' : 'are'} statistically significant at the 95% level, ${count(false)} not significant and ${count(null)} cannot be tested.`
      : '';
  const dip = rows.find((row) => row.dipSample);
  return [
    `Recording rates of ${force.name} at each inspection that published one, oldest first.`,
    ...blocks.map((trend) => trend.summary),
    tally,
    dip ? `The ${dip.trendRow.inspection.title} figure (${dip.trendRow.rateText}, a hollow diamond) is the share of crimes recorded in a dip sample of records, not an all-crime recording rate.` : '',
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');
}
