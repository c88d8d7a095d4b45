import type { Report } from '../../engine/compute/model.ts';
import { renderPlot } from '../plot/renderPlot.ts';
import type { ChartModule } from './ChartSpec.ts';
import { countedRows } from './countedRows.ts';
import { sourceLine, statusPhrase } from './sourceLine.ts';
import { xOfNPlot } from './xOfNPlot.ts';

const n100Measures = ['n100-applied', 'n100-sample-correct', 'n100-sample-should-be-rape'] as const;

/** N100 (a rape report recorded as not a crime): whether it was applied where needed, and the sample review. */
export const n100Chart: ChartModule = (report: Report) => {
  const { rows, notPublished } = countedRows(report, n100Measures, { missing: true });
  if (rows.length === 0) return null;
  const summary = rows.map((row) => `${row.text} ${row.phrase}.`).join(' ');
  return {
    id: 'n100',
    question: 1,
    heading: 'Reports of rape classed as N100',
    summary,
    svg: renderPlot(xOfNPlot(rows), { id: 'n100', label: summary }),
    table: { caption: 'N100 classifications: where needed, and in a sample of N100 records', columns: ['Finding', 'Count'], rows: rows.map((row) => [row.label, row.text]) },
    source: sourceLine(report, [statusPhrase.published]),
    sourceUrl: report.sourceUrl,
    notPublished,
  };
};
