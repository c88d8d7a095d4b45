import * as Plot from '@observablehq/plot';

/**
 * Shared look of the report charts. Colours are checked against white: text ≥ 4.5:1, marks ≥ 3:1,
 * and the dark bar against the light track ≥ 3:1. Every mark also carries a text label, so no
 * meaning rests on colour alone.
 */
export const theme = {
  /** The text size in the drawing's own units: site.css shows each drawing at a width that keeps it 12–16 CSS px. */
  fontSize: 14,
  ink: '#0b0c0c',
  /** 8.1:1 on white; the value itself (x of n, a rate). */
  dark: '#1d4f91',
  /** 7.1:1 on white; intervals and outlines. */
  grey: '#505a5f',
  /** 4.1:1 on white and 4.8:1 under black, so an interval drawn over it stays visible. */
  mid: '#5b7fb6',
  /** The whole (n) behind a part, outlined in grey. */
  light: '#dfe5ee',
} as const;

const bar = 21;
/** Line spacing of a text of several lines, in ems. */
export const lineHeight = 1.15;
const labelGap = 5;
const rowGap = 8;
const axisHeight = 44;
/** The space left of a bar where its name is written above it; beside it, the gap between name and bar. */
const edge = 12;
const besideGap = 10;
const besideRowGap = 16;

/**
 * A generous estimate of a text's width at theme.fontSize, so that room kept for a label is never too small: no
 * DOM is there to measure in at build time, and the reader's sans-serif may be wider than Arial (DejaVu Sans's
 * digits are 0.636 em against Arial's 0.556).
 */
export function textWidth(text: string, { bold = false } = {}): number {
  const em = [...text].reduce((sum, c) => sum + (/[0-9]/.test(c) ? 0.64 : /[ ,.:;()'’]/.test(c) ? 0.34 : /[%mwMW]/.test(c) ? 1 : /[A-Z]/.test(c) ? 0.76 : 0.62), 0);
  return Math.ceil(em * theme.fontSize * (bold ? 1.12 : 1));
}

/** A name broken into lines at spaces so that no line is wider than `width` (a single long word stays whole). */
export function wrap(text: string, width: number, { bold = false } = {}): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, { bold }) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Plot options for a chart `width` wide with one band per row, each named by `rowLabels`. A wide layout names
 * the rows in a left margin, beside their bars, where the longest name takes at most a third of the width; a
 * narrower one writes each name above its bar, on as many lines as the width needs, so that long names fit a
 * narrow screen. `valueTexts` are the labels written after the bars, `valueDx` px from them: a right margin is
 * kept for them, and `valueLabels` writes them there, in bold. `xTicks` is a tick count that leaves each tick label about 90 px; `xLabel` the axis label's
 * options, centred under the bars where it fits there, else from their left edge, so that it never leaves the chart.
 */
export function rowLayout(labels: string[], { width, xAxis, valueTexts = [], valueDx = 0 }: { width: number; xAxis: boolean; valueTexts?: string[]; valueDx?: number }) {
  const marginRight = Math.max(12, ...valueTexts.map((text) => valueDx + textWidth(text, { bold: true }) + 4));
  const longest = Math.max(...labels.map((label) => textWidth(label)));
  const beside = width >= 600 && longest <= width / 3;
  const marginLeft = beside ? longest + besideGap + 4 : edge;
  const wrapped = new Map(labels.map((label) => [label, beside ? label : wrap(label, width - edge - 4).join('\n')]));
  const lines = Math.max(...[...wrapped.values()].map((text) => text.split('\n').length));
  const labelSpace = beside ? besideRowGap : Math.ceil(lines * lineHeight * theme.fontSize + labelGap + rowGap);
  const step = bar + labelSpace;
  const marginTop = beside ? 8 : 4 + labelSpace - rowGap;
  const marginBottom = xAxis ? axisHeight : 8;
  const options: Plot.PlotOptions = {
    width,
    height: marginTop + labels.length * step - labelSpace + marginBottom,
    marginTop,
    marginBottom,
    marginLeft,
    marginRight,
    y: { domain: labels, axis: null, paddingInner: labelSpace / step, paddingOuter: 0 },
    style: { fontSize: `${theme.fontSize}px` },
  };
  const rowLabels = <T extends { label: string }>(rows: readonly T[]): Plot.Text =>
    beside
      ? Plot.text(rows, { y: 'label', text: 'label', frameAnchor: 'left', textAnchor: 'end', dx: -besideGap, fill: theme.ink })
      : Plot.text(rows, { y: 'label', text: (row: T) => wrapped.get(row.label), frameAnchor: 'left', textAnchor: 'start', lineAnchor: 'bottom', lineHeight, dy: -(bar / 2 + labelGap), fill: theme.ink });
  const plotWidth = width - marginLeft - marginRight;
  const xLabel = (label: string) => ({ label, labelAnchor: textWidth(label) <= plotWidth ? ('center' as const) : ('left' as const), labelArrow: 'none' as const });
  // The value after each row's mark, at the offset the right margin was kept for.
  const valueLabels = <T extends { label: string }>(rows: readonly T[], { x, text, ...style }: { x: Plot.ChannelValue; text: Plot.ChannelValue } & Plot.TextOptions): Plot.Text =>
    Plot.text(rows, { y: 'label', x, text, textAnchor: 'start', dx: valueDx, fill: theme.ink, fontWeight: 'bold', ...style });
  return { options, bar, rowLabels, valueLabels, xTicks: Math.max(2, Math.floor(plotWidth / 90)), xLabel };
}

/** A row of an interval-and-dot chart: a rate, and its 95% interval where one is published. */
export interface IntervalRow {
  label: string;
  value: number;
  low: number | null;
  high: number | null;
}

/**
 * A composite mark, as Plot's box mark is: for each row with an interval, a rule from `low` to `high` with a tick
 * at each end. A row without one gets nothing, never an interval of 0.
 */
export function intervalX(rows: readonly Omit<IntervalRow, 'value'>[], { stroke, ruleWidth, inset }: { stroke: string; ruleWidth: number; inset: number }): Plot.CompoundMark {
  const ranged = rows.filter((row) => row.low !== null && row.high !== null);
  // The class names the interval's lines for the browser test that no label is drawn over one.
  const className = 'interval';
  return Plot.marks(
    Plot.ruleY(ranged, { y: 'label', x1: 'low', x2: 'high', stroke, strokeWidth: ruleWidth, className }),
    Plot.tickX(ranged, { y: 'label', x: 'low', stroke, strokeWidth: 2, inset, className }),
    Plot.tickX(ranged, { y: 'label', x: 'high', stroke, strokeWidth: 2, inset, className }),
  );
}

/** The interval-and-dot: a dot at each row's value on its interval; a row without an interval is the dot alone. */
export function intervalDotX(rows: readonly IntervalRow[]): Plot.CompoundMark {
  return Plot.marks(intervalX(rows, { stroke: theme.grey, ruleWidth: 3, inset: 4 }), Plot.dot(rows, { y: 'label', x: 'value', r: 6, fill: theme.dark, stroke: 'white' }));
}

/** A row of an "x of n" chart. */
export interface CountRow {
  label: string;
  x: number;
  n: number;
  /** "36 of 39". */
  text: string;
}

/**
 * "x of n" rows as bars of equal length for n (a light outlined track) with x drawn in dark over it,
 * each row named above its bar and labelled "x of n" after it.
 */
export function countBarsPlot(rows: readonly CountRow[], width: number): Plot.PlotOptions {
  const { options, rowLabels, valueLabels } = rowLayout(
    rows.map((row) => row.label),
    { width, xAxis: false, valueTexts: rows.map((row) => row.text), valueDx: 8 },
  );
  return {
    ...options,
    x: { domain: [0, 1], axis: null },
    marks: [
      Plot.barX(rows, { x: () => 1, y: 'label', fill: theme.light, stroke: theme.grey }),
      Plot.barX(rows, { x: (row: CountRow) => row.x / row.n, y: 'label', fill: theme.dark }),
      rowLabels(rows),
      valueLabels(rows, { x: 1, text: 'text' }),
    ],
  };
}

/** A row of a bar chart of counts: its count and the count in words ("12 forces"). */
export interface TallyRow {
  label: string;
  count: number;
  text: string;
}

/**
 * Counts as dark bars from 0, each row named and labelled with its count in words after the bar. With `axis` (its
 * label), an x axis from 0 to `max` and a baseline; without, no axis.
 */
export function tallyBarsPlot(rows: readonly TallyRow[], width: number, { max, axis }: { max: number; axis: string | null }): Plot.PlotOptions {
  const { options, rowLabels, valueLabels, xTicks, xLabel } = rowLayout(
    rows.map((row) => row.label),
    { width, xAxis: axis !== null, valueTexts: rows.map((row) => row.text), valueDx: 6 },
  );
  return {
    ...options,
    x: axis === null ? { domain: [0, max], axis: null } : { domain: [0, max], ticks: xTicks, ...xLabel(axis) },
    marks: [
      Plot.barX(rows, { y: 'label', x: 'count', fill: theme.dark }),
      ...(axis === null ? [] : [Plot.ruleX([0], { stroke: theme.ink })]),
      rowLabels(rows),
      valueLabels(rows, { x: 'count', text: 'text' }),
    ],
  };
}
