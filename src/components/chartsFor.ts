import type { Report } from '../engine/model.ts';
import type { ChartSpec } from '../render/charts/ChartSpec.ts';

// The chart modules are written alongside the pages: a glob finds src/render/charts/index.ts once it exists,
// so that the pages build without charts until then.
const modules = import.meta.glob<{ chartsFor: (report: Report) => ChartSpec[] }>('../render/charts/index.ts', { eager: true });

/** The charts of one report, or none while the chart modules are not there. */
export function chartsFor(report: Report): ChartSpec[] {
  const module = Object.values(modules)[0];
  return module ? module.chartsFor(report) : [];
}
