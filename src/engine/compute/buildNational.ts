import { group, max, median } from 'd3-array';
import { allGrades, type Grade } from '../vocabulary.ts';
import { forcePath } from '../../routes.ts';
import { formatDate, formatPercent } from './format.ts';
import { newestFirst } from './inspectionOrder.ts';
import type { ForceRef, InspectionRef, National, NationalForce, NationalReference, Report } from './model.ts';

/** The national entity (England and Wales) is no force: comparisons of forces leave it out. */
export const isNational = (force: Pick<ForceRef, 'country'>): boolean => force.country === 'England and Wales';

const ref = (r: Report): InspectionRef => ({ key: r.key, url: r.url, title: r.title, published: r.published?.date ?? null });

/**
 * The dataset-wide picture, computed once for the whole site (never per page): each force's latest
 * inspection, latest grade and latest overall rate, the median of those rates and the spread of grades.
 */
export function buildNational(forces: readonly ForceRef[], reports: readonly Report[]): National {
  const byForce = group(reports, (r) => r.force.id);
  const rows: NationalForce[] = forces.filter((force) => !isNational(force)).map((force) => {
    const latestFirst = newestFirst(byForce.get(force.id) ?? []);
    const latest = latestFirst[0];
    const graded = latestFirst.find((r) => r.grades.overall !== null);
    const rated = latestFirst.find((r) => r.figures.some((f) => f.measure === 'overall' && f.rate));
    const overall = rated?.figures.find((f) => f.measure === 'overall' && f.rate);
    return {
      force,
      url: forcePath(force.id),
      latest: latest ? { ...ref(latest), publishedText: latest.published?.text ?? null, year: latest.year } : null,
      grade: graded ? { grade: graded.grades.overall!, from: ref(graded), fromLatest: graded === latest } : null,
      rate:
        rated && overall?.rate
          ? {
              value: overall.rate.value,
              text: overall.rate.text,
              interval: overall.interval ? { halfWidth: overall.interval.halfWidth, low: overall.interval.low, high: overall.interval.high, text: overall.interval.text, rangeText: overall.interval.rangeText } : null,
              unrecordedText: overall.unrecorded?.text ?? null,
              from: ref(rated),
              year: rated.year,
              fromLatest: rated === latest,
            }
          : null,
    };
  });

  const rates = rows.flatMap((r) => (r.rate ? [r.rate.value] : []));
  const middle = median(rates);
  const updated = max(reports, (r) => r.published?.date);
  const countOf = (grade: Grade | null) => rows.filter((r) => (r.grade?.grade ?? null) === grade).length;
  return {
    forces: rows,
    median: middle === undefined ? null : { value: middle, text: formatPercent(middle, 1), count: rates.length },
    grades: [...allGrades, null].map((grade) => ({
      grade,
      label: grade === null ? 'No grade published' : grade[0]!.toUpperCase() + grade.slice(1),
      count: countOf(grade),
    })),
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
        rate: overall.rate ? { value: overall.rate.value, text: overall.rate.text } : null,
        approx: overall.approx,
        unrecordedText: overall.unrecorded?.text ?? null,
      };
    }
  }
  return null;
}
