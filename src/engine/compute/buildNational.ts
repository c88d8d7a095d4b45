import { group, max, median } from 'd3-array';
import { gradeScaleLabels, gradeScales, type Absence, type GradeScale } from '../vocabulary.ts';
import { forcePath } from '../../routes.ts';
import { formatDate, formatPercent } from './format.ts';
import { newestFirst } from './inspectionOrder.ts';
import { latestFacts, overallRate } from './latestFacts.ts';
import type { Figure, ForceRef, InspectionRef, National, NationalForce, NationalReference, RateFact, Report } from './model.ts';

/** The national entity (England and Wales) is no force: comparisons of forces leave it out. */
export const isNational = (force: Pick<ForceRef, 'country'>): boolean => force.country === 'England and Wales';

const ref = (r: Report): InspectionRef => ({ key: r.key, url: r.url, title: r.title, published: r.published?.date ?? null });

const factSource = (r: Report, latest: Report | null) => ({ from: ref(r), year: r.year, fromLatest: r === latest });
const rateFact = (overall: Figure & { rate: NonNullable<Figure['rate']> }): RateFact => ({
  value: overall.rate.value,
  text: overall.rate.text,
  interval: overall.interval ? { halfWidth: overall.interval.halfWidth, low: overall.interval.low, high: overall.interval.high, text: overall.interval.text, lowText: overall.interval.lowText, highText: overall.interval.highText, rangeText: overall.interval.rangeText } : null,
  intervalAbsence: overall.absent.interval,
  unrecordedText: overall.unrecorded?.text ?? null,
});

/** Why an inspection has no overall rate: its figure awaits publication, the source published none, or (no row, or an empty cell the row does not explain) we have not found it. */
const rateAbsence = (r: Report): Absence | 'pending' => {
  const overall = r.figures.find((f) => f.measure === 'overall');
  return overall?.pending ? 'pending' : (overall?.absent.rate ?? 'not-found');
};

/**
 * The dataset-wide picture, computed once for the whole site (never per page): each force's latest inspection,
 * latest grade and latest overall rate by the one rule of latestFacts.ts, the median of those rates and the
 * count of grades, one scale at a time.
 */
export function buildNational(forces: readonly ForceRef[], reports: readonly Report[]): National {
  const byForce = group(reports, (r) => r.force.id);
  const rows: NationalForce[] = forces.filter((force) => !isNational(force)).map((force) => {
    const { latest, graded, rated, estimated } = latestFacts(byForce.get(force.id) ?? []);
    const gradedRate = graded ? overallRate(graded) : undefined;
    return {
      force,
      url: forcePath(force.id),
      latest: latest ? { ...ref(latest), publishedText: latest.published?.text ?? null, year: latest.year } : null,
      grade: graded
        ? { grade: graded.grades.overall!, scale: graded.grades.scale, rate: gradedRate ? rateFact(gradedRate) : null, rateAbsence: gradedRate ? null : rateAbsence(graded), ...factSource(graded, latest) }
        : null,
      rate: rated ? { ...rateFact(rated.figure), ...factSource(rated.report, latest) } : null,
      unrecorded: estimated ? { text: estimated.unrecorded.text, ...factSource(estimated.report, latest) } : null,
    };
  });

  const rates = rows.flatMap((r) => (r.rate ? [r.rate.value] : []));
  const middle = median(rates);
  const updated = max(reports, (r) => r.published?.date);
  const scales = Object.keys(gradeScales) as GradeScale[];
  return {
    forces: rows,
    median: middle === undefined ? null : { value: middle, text: formatPercent(middle, 1), count: rates.length },
    grades: scales.map((scale) => ({
      scale,
      label: gradeScaleLabels[scale],
      counts: gradeScales[scale].map((grade) => ({
        grade,
        label: grade[0]!.toUpperCase() + grade.slice(1),
        count: rows.filter((r) => r.grade?.scale === scale && r.grade.grade === grade).length,
      })),
    })),
    ungraded: rows.filter((r) => r.grade === null).length,
    updated: updated ? { date: updated, text: formatDate(updated) } : null,
    inspectedCount: rows.filter((r) => r.latest !== null).length,
    reference: nationalReference(forces.filter(isNational), byForce),
  };
}

/** The national entity's latest report with an overall figure of any kind, labelled with its name and year. */
function nationalReference(entities: readonly ForceRef[], byForce: ReadonlyMap<string, Report[]>): NationalReference | null {
  for (const entity of entities) {
    for (const report of newestFirst(byForce.get(entity.id) ?? [])) {
      const overall = report.figures.find((f) => f.measure === 'overall' && !f.pending && (f.rate || f.approx || f.unrecorded));
      if (!overall) continue;
      return {
        name: entity.name,
        url: forcePath(entity.id),
        inspection: { ...ref(report), year: report.year },
        label: report.year ? `${entity.name}, ${report.year}` : entity.name,
        rate: overall.rate ? { value: overall.rate.value, text: overall.rate.text, intervalAbsence: overall.interval ? null : overall.absent.interval } : null,
        approx: overall.approx,
        unrecordedText: overall.unrecorded?.text ?? null,
      };
    }
  }
  return null;
}
