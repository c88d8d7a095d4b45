import * as Plot from '@observablehq/plot';

/**
 * Shared look of the report charts. Colours are checked against white: text ≥ 4.5:1, marks ≥ 3:1,
 * and the dark bar against the light track ≥ 3:1. Every mark also carries a text label, so no
 * meaning rests on colour alone.
 */
export const theme = {
  /** The viewBox width; CSS scales the chart down to its container. */
  width: 480,
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

const step = 50;
const barShare = 0.42;
const axisHeight = 44;

/**
 * Plot options for a chart with one band per row, each row's name written above its marks rather than
 * in a left margin, so that long names fit a narrow screen. `labelDy` places a text just above the bar.
 */
export function rowLayout(labels: string[], { xAxis, marginRight = 0 }: { xAxis: boolean; marginRight?: number }) {
  const bar = step * barShare;
  const options: Plot.PlotOptions = {
    width: theme.width,
    height: labels.length * step + (xAxis ? axisHeight : 8),
    marginTop: 8,
    marginBottom: xAxis ? axisHeight : 8,
    marginLeft: 12,
    marginRight: Math.max(12, marginRight),
    y: { domain: labels, axis: null, paddingInner: 1 - barShare, paddingOuter: (1 - barShare) / 2, align: 1 },
    style: { fontSize: `${theme.fontSize}px` },
  };
  return { options, bar, labelDy: -(bar / 2 + theme.fontSize * 0.75) };
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
  return Plot.marks(
    Plot.ruleY(ranged, { y: 'label', x1: 'low', x2: 'high', stroke, strokeWidth: ruleWidth }),
    Plot.tickX(ranged, { y: 'label', x: 'low', stroke, strokeWidth: 2, inset }),
    Plot.tickX(ranged, { y: 'label', x: 'high', stroke, strokeWidth: 2, inset }),
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
 * each row named above its bar on the left and labelled "x of n" on the right.
 */
export function countBarsPlot(rows: readonly CountRow[]): Plot.PlotOptions {
  const { options, labelDy } = rowLayout(
    rows.map((row) => row.label),
    { xAxis: false, marginRight: 2 },
  );
  return {
    ...options,
    x: { domain: [0, 1], axis: null },
    marks: [
      Plot.barX(rows, { x: () => 1, y: 'label', fill: theme.light, stroke: theme.grey }),
      Plot.barX(rows, { x: (row: CountRow) => row.x / row.n, y: 'label', fill: theme.dark }),
      Plot.text(rows, { y: 'label', text: 'label', frameAnchor: 'left', textAnchor: 'start', dy: labelDy, fill: theme.ink }),
      Plot.text(rows, { y: 'label', text: 'text', frameAnchor: 'right', textAnchor: 'end', dy: labelDy, fill: theme.ink, fontWeight: 'bold' }),
    ],
  };
}
