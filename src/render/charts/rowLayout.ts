import type * as Plot from '@observablehq/plot';
import { theme } from './theme.ts';

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
