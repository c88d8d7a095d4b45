import type { Report } from '../../engine/compute/model.ts';
import { renderPlot } from '../plot/renderPlot.ts';
import type { ChartModule } from './ChartSpec.ts';
import { countedRows } from './countedRows.ts';
import { sourceLine, statusPhrase } from './sourceLine.ts';
import { xOfNPlot } from './xOfNPlot.ts';

const countedMeasures = [
  'vulnerable-should-be-crimes',
  'vulnerable-victims',
  'modern-slavery-crimes',
  'modern-slavery-referrals',
  'timeliness-violence',
  'timeliness-sexual-offences',
  'cancellations-rape',
  'cancellations-sexual-offences',
  'cancellations-violence',
  'cancellations-robbery',
  'victims-informed',
] as const;

/** The audit's other "x of n" findings, in one compact chart; only the ones the report gives. */
export const countedFindingsChart: ChartModule = (report: Report) => {
  const { rows, notPublished } = countedRows(report, countedMeasures, { missing: false });
  if (rows.length === 0) return null;
  const summary = rows.map((row) => `${row.text} ${row.phrase}.`).join(' ');
  return {
    id: 'counted-findings',
    question: 2,
    heading: 'Findings counted in the audit',
    summary,
    svg: renderPlot(xOfNPlot(rows), { id: 'counted-findings', label: summary }),
    table: { caption: 'Findings counted in the audit, as x of n', columns: ['Finding', 'Count'], rows: rows.map((row) => [row.label, row.text]) },
    source: sourceLine(report, [statusPhrase.published]),
    sourceUrl: report.sourceUrl,
    notPublished,
  };
};
