import { formatCount } from '../../engine/compute/format.ts';
import type { Report } from '../../engine/compute/model.ts';
import { joinList } from '../phrases.ts';
import { tallyBarsPlot } from './marks.ts';
import { renderPlot } from './plot.ts';
import { chartData, reportSource, sampleSizeOf, type ChartModule, type ColumnOf, type PlottedFigure } from './spec.ts';
import { countStatus } from '../phrases.ts';

/** The outcomes in the order the inspectorate discusses them; each completes "98 were …". */
const outcomes = [
  { measure: 'rape', outcome: 'recorded correctly' },
  { measure: 'rape-wrongly-n100', outcome: 'wrongly classed as N100' },
  { measure: 'rape-misclassified', outcome: 'recorded as another offence' },
  { measure: 'rape-other-system', outcome: 'held only on another system' },
  { measure: 'rape-not-recorded', outcome: 'not recorded' },
] as const;

interface Row {
  measure: string;
  label: string;
  outcome: string;
  count: number;
  text: string;
  total: number;
}

const columns: ColumnOf<Row>[] = [
  { name: 'outcome', title: 'What happened to the reports', type: 'string', value: (row) => row.label },
  { name: 'measure', title: 'Measure id, as in /data/figures.csv', type: 'string', value: (row) => row.measure },
  { name: 'reports_count', title: 'Reports of rape with this outcome', type: 'integer', value: (row) => row.count },
  { name: 'of_reports_count', title: 'Reports of rape that should have been recorded (the axis runs to this)', type: 'integer', value: (row) => row.total },
];

/** What happened to the reports of rape that should have been recorded: one bar per outcome. */
export const rapeOutcomesChart: ChartModule = (report: Report) => {
  const total = report.figures.find((f) => f.measure === 'rape')?.denominator ?? null;
  if (total === null) return null;
  const rows: Row[] = [];
  const figures: PlottedFigure[] = [];
  const notPublished: string[] = [];
  for (const { measure, outcome } of outcomes) {
    const figure = report.figures.find((f) => f.measure === measure);
    const label = outcome[0]!.toUpperCase() + outcome.slice(1);
    if (!figure || figure.numerator === null) {
      notPublished.push(`${label}: not published`);
      continue;
    }
    rows.push({ measure, label, outcome, count: figure.numerator, text: formatCount(figure.numerator), total });
    figures.push({ measure, provenance: [countStatus(figure)], sampleSize: sampleSizeOf(figure) });
  }
  if (rows.length === 0) return null;

  const totalText = formatCount(total);
  const clauses = rows.map((row) => `${row.text} ${row.count === 1 ? 'was' : 'were'} ${row.outcome}`);
  // "98 were recorded correctly; 14 were …, 2 were … and 3 were …": the errors read as one list.
  const correct = rows[0]!.outcome === 'recorded correctly' ? clauses[0]! : '';
  const listed = [correct, joinList(correct ? clauses.slice(1) : clauses)].filter(Boolean).join('; ');
  const summary = `Of ${totalText} reports of rape that should have been recorded, ${listed}.`;

  const { svg, image, drawings } = renderPlot(
    (width) => tallyBarsPlot(rows, width, { max: total, axis: `Reports of rape (of ${totalText})` }),
    { id: 'rape-outcomes', label: summary },
  );

  return {
    id: 'rape-outcomes',
    question: 1,
    heading: 'What happened to reports of rape',
    figures,
    source: reportSource(report, figures),
    summary,
    svg,
    image,
    drawings,
    data: chartData(columns, rows),
    table: { caption: `Outcome of the ${totalText} reports of rape that should have been recorded`, columns: ['Outcome', 'Reports'], rows: rows.map((row) => [row.label, row.text]) },
    notPublished,
  };
};
