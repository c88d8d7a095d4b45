import { findMeasure } from '../../engine/vocabulary.ts';
import type { Report } from '../../engine/compute/model.ts';
import { countBarsPlot, type CountRow } from './marks.ts';
import { renderPlot } from './plot.ts';
import { chartData, reportSource, sampleSizeOf, type ChartModule, type ColumnOf, type PlottedFigure } from './spec.ts';
import { countStatus } from '../phrases.ts';

interface CountedChart {
  id: string;
  question: 1 | 2;
  heading: string;
  caption: string;
  /** The measures drawn, in this order; only those the report gives. */
  measures: readonly string[];
  /** Whether an absent measure is listed as not published: true where the measures are parts of one review. */
  listMissing: boolean;
}

type Row = CountRow & { measure: string; phrase: string };

const columns: ColumnOf<Row>[] = [
  { name: 'finding', title: 'Finding', type: 'string', value: (row) => row.label },
  { name: 'measure', title: 'Measure id, as in /data/figures.csv', type: 'string', value: (row) => row.measure },
  { name: 'count', title: 'How many: the x of “x of n”', type: 'integer', value: (row) => row.x },
  { name: 'base_count', title: 'Out of how many: the n of “x of n”', type: 'integer', value: (row) => row.n },
];

/**
 * A chart of a report's "x of n" findings among `measures`, one bar each. A figure present without both counts
 * cannot be drawn as x of n, so it is listed as not published.
 */
export function countedChart({ id, question, heading, caption, measures, listMissing }: CountedChart): ChartModule {
  return (report: Report) => {
    const rows: Row[] = [];
    const figures: PlottedFigure[] = [];
    const notPublished: string[] = [];
    for (const measure of measures) {
      const figure = report.figures.find((f) => f.measure === measure);
      if (figure && figure.numerator !== null && figure.denominator !== null && figure.countText !== null) {
        rows.push({ measure, label: figure.label, x: figure.numerator, n: figure.denominator, text: figure.countText, phrase: figure.phrase });
        figures.push({ measure, provenance: [countStatus(figure)], sampleSize: sampleSizeOf(figure) });
      } else if (figure) notPublished.push(`${figure.label}: counts not published`);
      else if (listMissing) notPublished.push(`${findMeasure(measure)?.label ?? measure}: not published`);
    }
    if (rows.length === 0) return null;
    const summary = rows.map((row) => `${row.text} ${row.phrase}.`).join(' ');
    return {
      id,
      question,
      heading,
      figures,
      source: reportSource(report, figures),
      summary,
      ...renderPlot((width) => countBarsPlot(rows, width), { id, label: summary }),
      data: chartData(columns, rows),
      table: { caption, columns: ['Finding', 'Count'], rows: rows.map((row) => [row.label, row.text]) },
      notPublished,
    };
  };
}

/** N100 (a rape report recorded as not a crime): whether it was applied where needed, and the sample review. */
export const n100Chart = countedChart({
  id: 'n100',
  question: 1,
  heading: 'Reports of rape classed as N100',
  caption: 'N100 classifications: where needed, and in a sample of N100 records',
  measures: ['n100-applied', 'n100-sample-correct', 'n100-sample-should-be-rape'],
  listMissing: true,
});

/** The audit's other "x of n" findings, in one compact chart. */
export const countedFindingsChart = countedChart({
  id: 'counted-findings',
  question: 2,
  heading: 'Findings counted in the audit',
  caption: 'Findings counted in the audit, as x of n',
  measures: [
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
  ],
  listMissing: false,
});
