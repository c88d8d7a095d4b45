import type { Report } from '../../engine/compute/model.ts';
import type { ChartSpec } from '../charts/ChartSpec.ts';
import { chartsFor } from './index.ts';

// Keyed by the report object, not its key: in dev the model is recomputed, and a changed report must be redrawn.
const cache = new WeakMap<Report, ChartSpec[]>();

/** A report's charts, drawn once per build and shared by its page and its downloads. */
export function chartsOf(report: Report): ChartSpec[] {
  let charts = cache.get(report);
  if (!charts) {
    charts = chartsFor(report);
    cache.set(report, charts);
  }
  return charts;
}
