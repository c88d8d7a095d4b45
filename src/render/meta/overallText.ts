import { figureOf } from '../figureOf.ts';
import { missingGradeText } from '../missingGradeText.ts';
import type { Report } from '../../engine/compute/model.ts';
import { figureStatement } from '../cite/figureStatement.ts';

/** The headline of a report in two phrases: "Overall grade: good" and "89.5% (±1.64) of reported crimes were recorded". */
export function overallText(report: Report): { grade: string; rate: string } {
  const overall = figureOf(report, 'overall');
  return {
    grade: `Overall grade: ${report.grades.overall ?? missingGradeText(report)}`,
    rate: overall ? figureStatement(overall) : 'Overall recording rate: not published',
  };
}
