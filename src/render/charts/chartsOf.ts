import type { Report } from '../../engine/compute/model.ts';
import type { ChartSpec } from '../charts/ChartSpec.ts';
import { chartsFor } from './index.ts';

const cache = new Map<string, ChartSpec[]>();

/** A report's charts, drawn once per build and shared by its page and its downloads. */
export function chartsOf(report: Report): ChartSpec[] {
  let charts = cache.get(report.key);
  if (!charts) {
    charts = chartsFor(report);
    cache.set(report.key, charts);
  }
  return charts;
}
