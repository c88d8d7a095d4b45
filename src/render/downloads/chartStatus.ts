import type { ChartSpec } from '../charts/ChartSpec.ts';

/**
 * "as published and computed from counts": the chart's source line ends with how its values were obtained,
 * so the download states the same as the page.
 */
export function chartStatus(spec: ChartSpec): string {
  return /\(([^()]*)\)$/.exec(spec.source)?.[1] ?? 'as published';
}
