import type { Report } from '../../engine/compute/model.ts';
import type { ChartSpec } from '../charts/ChartSpec.ts';
import { publicationText } from './publicationText.ts';

/** Text to paste under a reproduced chart; `pageUrl` is the report page's absolute canonical URL. */
export function citeChart(report: Report, spec: ChartSpec, pageUrl: string): string {
  return [`${report.force.name}: ${spec.heading}.`, `${publicationText(report)}.`, `${spec.sourceUrl}.`, `Cited from ${pageUrl}#${spec.id}`].join(' ');
}
