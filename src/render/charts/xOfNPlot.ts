import * as Plot from '@observablehq/plot';
import type { CountedRow } from './countedRows.ts';
import { rowLayout } from './rowLayout.ts';
import { theme } from './theme.ts';

/**
 * "x of n" rows as bars of equal length for n (a light outlined track) with x drawn in dark over it,
 * each row named above its bar on the left and labelled "x of n" on the right.
 */
export function xOfNPlot(rows: CountedRow[]): Plot.PlotOptions {
  const { options, labelDy } = rowLayout(rows.map((row) => row.label), { xAxis: false, marginRight: 2 });
  return {
    ...options,
    x: { domain: [0, 1], axis: null },
    marks: [
      Plot.barX(rows, { x: () => 1, y: 'label', fill: theme.light, stroke: theme.grey }),
      Plot.barX(rows, { x: (row: CountedRow) => row.x / row.n, y: 'label', fill: theme.dark }),
      Plot.text(rows, { y: 'label', text: 'label', frameAnchor: 'left', textAnchor: 'start', dy: labelDy, fill: theme.ink }),
      Plot.text(rows, { y: 'label', text: 'text', frameAnchor: 'right', textAnchor: 'end', dy: labelDy, fill: theme.ink, fontWeight: 'bold' }),
    ],
  };
}
