import type { Report } from '../../engine/compute/model.ts';
import type { ChartSpec } from '../charts/ChartSpec.ts';
import { citeChart } from '../cite/citeChart.ts';
import { chartStatus } from './chartStatus.ts';
import { plottedFigures } from './plottedFigures.ts';
import { sampleSizeText } from './sampleSizeText.ts';

/** The provenance of one chart's download, as key–value pairs; `pageUrl` is the report page's absolute URL. */
export function chartHeader(report: Report, spec: ChartSpec, pageUrl: string, stamp: string): [string, string][] {
  return [
    ['title', spec.heading],
    ['table', spec.table.caption],
    ['force', report.force.name],
    ['inspection', `${report.title} (${report.kindLabel})`],
    ['published', report.published?.text ?? 'not published'],
    ['audit period', report.auditPeriod?.text ?? 'not published'],
    ['sample size', sampleSizeText(report, plottedFigures(report, spec))],
    ['status', chartStatus(spec)],
    ['source', spec.source],
    ['source url', spec.sourceUrl],
    ['cite as', citeChart(report, spec, pageUrl)],
    ['version', stamp],
    ['url', `${pageUrl}#${spec.id}`],
  ];
}
