import type { Figure, Report } from '../../engine/compute/model.ts';
import type { ChartSpec } from '../charts/ChartSpec.ts';

/**
 * The report's figures a chart plots, found by the row labels of its table: a row is labelled either
 * with the measure's label ("All crime") or with the part after its group ("Not recorded" for "Rape: not recorded").
 * A chart spec does not name its measures, so the table, which holds exactly the plotted values, is the link.
 */
export function plottedFigures(report: Report, spec: ChartSpec): Figure[] {
  const rowLabels = new Set(spec.table.rows.map((row) => (row[0] ?? '').toLowerCase()));
  return report.figures.filter((figure) => {
    const label = figure.label.toLowerCase();
    return rowLabels.has(label) || rowLabels.has(label.slice(label.indexOf(': ') + 2));
  });
}
