import { group, max, median } from 'd3-array';
import { allGrades, type Grade } from '../vocabulary.ts';
import { formatDate, formatPercent } from './format.ts';
import { newestFirst } from './inspectionOrder.ts';
import type { ForceRef, InspectionRef, National, NationalForce, Report } from './model.ts';

const ref = (r: Report): InspectionRef => ({ key: r.key, url: r.url, title: r.title, published: r.published?.date ?? null });

/**
 * The dataset-wide picture, computed once for the whole site (never per page): each force's latest
 * inspection, latest grade and latest overall rate, the median of those rates and the spread of grades.
 */
export function buildNational(forces: readonly ForceRef[], reports: readonly Report[]): National {
  const byForce = group(reports, (r) => r.force.id);
  // The national entity (England and Wales) is no force: the comparison of forces leaves it out.
  const rows: NationalForce[] = forces.filter((force) => force.country !== 'England and Wales').map((force) => {
    const latestFirst = newestFirst(byForce.get(force.id) ?? []);
    const latest = latestFirst[0];
    const graded = latestFirst.find((r) => r.grades.overall !== null);
    const rated = latestFirst.find((r) => r.figures.some((f) => f.measure === 'overall' && f.rate));
    const overall = rated?.figures.find((f) => f.measure === 'overall' && f.rate);
    return {
      force,
      url: `/forces/${force.id}/`,
      latest: latest ? { ...ref(latest), publishedText: latest.published?.text ?? null } : null,
      grade: graded ? { grade: graded.grades.overall!, from: ref(graded), fromLatest: graded === latest } : null,
      rate:
        rated && overall?.rate
          ? {
              value: overall.rate.value,
              text: overall.rate.text,
              interval: overall.interval ? { halfWidth: overall.interval.halfWidth, low: overall.interval.low, high: overall.interval.high, text: overall.interval.text, rangeText: overall.interval.rangeText } : null,
              unrecordedText: overall.unrecorded?.text ?? null,
              from: ref(rated),
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
  };
}
