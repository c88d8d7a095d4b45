import type { ResearchQuery } from '../validate/rowSchemas.ts';
import { cycles, type Cycle } from '../vocabulary.ts';
import { inspectionCycle, searchedCycle } from './inspectionCycle.ts';
import type { Coverage, CoverageCell, CoverageInspection, CoverageQuery, ForceRef, Report } from './model.ts';

const cycleIds = Object.keys(cycles) as Cycle[];
/** Cycles with no inspection of that kind for a row: the national picture has no CDI inspection of its own. */
const nationalOnly = (force: ForceRef, cycle: Cycle) => force.country === 'England and Wales' && (cycle === 'cdi' || cycle === 'cdi-reinspection');

/** The coverage matrix: every force (and the national picture) against every cycle, from the reports and the research log. */
export function buildCoverage(forces: readonly ForceRef[], reports: readonly Report[], log: readonly ResearchQuery[]): Coverage {
  const queries: Record<string, CoverageQuery[]> = {};
  for (const q of log) {
    const cycle = searchedCycle(q.cycle);
    if (!cycle) continue;
    (queries[`${q.force}-${cycle}`] ??= []).push({ query: q.query, corpus: q.corpus, outcome: q.outcome, found: q.found, address: q.address, line: q.line });
  }
  const held = new Map<string, CoverageInspection[]>();
  for (const report of reports) {
    const cycle = inspectionCycle(report);
    if (cycle) {
      const key = `${report.force.id}-${cycle}`;
      held.set(key, [...(held.get(key) ?? []), coverageInspection(report)]);
    }
  }
  const rows = forces.map((force) => ({
    force,
    cells: cycleIds.map((cycle): CoverageCell => {
      const anchor = `${force.id}-${cycle}`;
      const inspections = held.get(anchor) ?? [];
      const logged = queries[anchor] ?? [];
      const state = inspections.length
        ? 'held'
        : logged.length
          ? 'searched'
          : cycle === 'cdi-reinspection' || nationalOnly(force, cycle) ? 'not-applicable' : 'not-searched';
      return {
        cycle,
        state,
        inspections,
        queries: new Set(logged.map((q) => q.query)).size,
        found: logged.filter((q) => q.outcome === 'found').length,
        anchor,
      };
    }),
  }));
  return {
    cycles: cycleIds.map((id) => ({ id, label: cycles[id].label })),
    rows,
    queries,
    counts: cycleIds.map((cycle, i) => {
      const states = rows.map((row) => row.cells[i]?.state);
      const count = (state: CoverageCell['state']) => states.filter((s) => s === state).length;
      return { cycle, held: count('held'), searched: count('searched'), notApplicable: count('not-applicable'), notSearched: count('not-searched') };
    }),
  };
}

function coverageInspection(report: Report): CoverageInspection {
  const figure = report.figures.find((f) => f.measure === 'overall') ?? report.figures.find((f) => f.measure === 'dip-sample');
  const rate = figure?.rate ? { text: figure.rate.text, intervalText: figure.interval?.text ?? null, countText: figure.countText } : null;
  return { key: report.key, url: report.url, title: report.title, published: report.published?.date ?? null, year: report.year, graded: inspectionCycle(report) !== '2014', grade: report.grades.overall, rate, approx: rate ? null : figure?.approx ?? null };
}
