import { reportPath } from '../../routes.ts';
import type { FindingInput, ForceInput, InspectionInput } from '../validate/rowSchemas.ts';
import type { NarrativeInput } from '../validate/validateNarrative.ts';
import { findMeasure, inspectionKey, kindGrades, kinds, measures, type Absence, type Problem } from '../vocabulary.ts';
import { buildFigure } from './buildFigure.ts';
import { buildNarrative } from './buildNarrative.ts';
import { formatCount, formatDate, formatPercent } from './format.ts';
import { markdown } from './markdown.ts';
import type { Figure, InspectionRef, Report, ReportFlag } from './model.ts';

function inspectionRef(i: InspectionInput): InspectionRef {
  return { key: inspectionKey(i), url: reportPath(i), title: i.title, published: i.published };
}

interface ReportInputs {
  inspection: InspectionInput;
  force: ForceInput;
  findings: readonly FindingInput[];
  narrative: NarrativeInput | undefined;
  /** Its Welsh text (`<slug>.cy.md`), where there is one. */
  welshNarrative?: NarrativeInput | undefined;
  revisited: InspectionInput | undefined;
  findingsFile: string;
  /** How a figure's source prints it, where the research log records it. */
  printed: (force: string, address: string, measure: string) => string | null;
  /** The findings rows counted from an audit sheet. */
  counted?: ReadonlySet<FindingInput>;
}

/** Computes the model of one report: figures in the order reports present them, narrative, grades and flags. */
export function buildReport({ inspection: i, force, findings, narrative, welshNarrative, revisited, findingsFile, printed, counted }: ReportInputs): { report: Omit<Report, 'release'>; problems: Problem[] } {
  const problems: Problem[] = [];
  const order = new Map(measures.map((m, index) => [m.id, index]));
  const figures: Figure[] = [...findings]
    .sort((a, b) => (order.get(a.measure) ?? 0) - (order.get(b.measure) ?? 0))
    .flatMap((f) => {
      const measure = findMeasure(f.measure);
      if (!measure) return [];
      const built = buildFigure(f, measure, i, findingsFile, printed(f.force, f.source, f.measure), counted?.has(f) ?? false);
      problems.push(...built.problems);
      return [built.figure];
    });
  const byMeasure = new Map(figures.map((f) => [f.measure, f]));
  const grades = { overall: i.overallGrade, questions: { 1: i.q1Grade, 2: i.q2Grade, 3: i.q3Grade } };
  const builtNarrative = narrative ? buildNarrative(narrative, { figures: byMeasure, grades }) : undefined;
  if (builtNarrative) problems.push(...builtNarrative.problems);
  const builtWelsh = welshNarrative ? buildNarrative(welshNarrative, { figures: byMeasure, grades, language: 'cy' }) : undefined;
  if (builtWelsh) problems.push(...builtWelsh.problems);

  return {
    report: {
      key: inspectionKey(i),
      draft: narrative?.frontMatter.draft ?? false,
      url: reportPath(i),
      force: { id: force.id, name: force.name, shortName: force.shortName, country: force.country },
      slug: i.slug,
      kind: i.kind,
      kindLabel: kinds[i.kind].label,
      title: i.title,
      headline: builtNarrative?.narrative.headlineFirstSentence ?? markdown.utils.escapeHtml(fallbackHeadline(i)),
      year: i.published?.slice(0, 4) ?? /^\d{4}(?=-|$)/.exec(i.slug)?.[0] ?? null,
      published: i.published ? { date: i.published, text: formatDate(i.published) } : null,
      auditPeriod: auditPeriod(i),
      grades: {
        scale: i.gradeScale,
        ...grades,
        regradedFrom: i.regradedFrom,
        previous: revisited ? { ...inspectionRef(revisited), grade: revisited.overallGrade } : null,
        absent: {
          overall: gradeAbsence(i, 'overall_grade', i.overallGrade, kindGrades[i.kind].overall),
          questions: {
            1: gradeAbsence(i, 'q1_grade', i.q1Grade, kindGrades[i.kind].questions),
            2: gradeAbsence(i, 'q2_grade', i.q2Grade, kindGrades[i.kind].questions),
            3: gradeAbsence(i, 'q3_grade', i.q3Grade, kindGrades[i.kind].questions),
          },
        },
      },
      context: {
        prcTotal: i.prcTotal,
        auditableRoutePctText: i.auditableRoutePct ? formatPercent(i.auditableRoutePct.value, i.auditableRoutePct.decimals) : null,
        population: i.population,
        populationText: i.population === null ? null : formatCount(i.population),
        absent: {
          prcTotal: valueAbsence(i, ['prc_total'], i.prcTotal),
          auditableRoutePct: valueAbsence(i, ['auditable_route_pct'], i.auditableRoutePct),
          population: valueAbsence(i, ['population'], i.population),
          auditPeriod: valueAbsence(i, ['audit_start', 'audit_end'], i.auditStart ?? i.auditEnd ?? i.auditPeriodText),
        },
      },
      figures,
      narrative: builtNarrative?.narrative ?? null,
      narrativeCy: builtWelsh?.narrative ?? null,
      sourceUrl: i.sourceUrl,
      notes: i.notes,
      flags: flags(i),
    },
    problems,
  };
}

/** A headline for an inspection without a narrative headline: what kind it is and, where it has one, its overall grade. */
function fallbackHeadline(i: InspectionInput): string {
  return i.overallGrade ? `${kinds[i.kind].label}, graded ${i.overallGrade} overall.` : `${kinds[i.kind].label}.`;
}

function auditPeriod(i: InspectionInput): Report['auditPeriod'] {
  if (!i.auditStart && !i.auditEnd && !i.auditPeriodText) return null;
  const fromDates = i.auditStart && i.auditEnd ? `${formatDate(i.auditStart)} to ${formatDate(i.auditEnd)}` : null;
  return {
    start: i.auditStart,
    end: i.auditEnd,
    text: i.auditPeriodText ?? fromDates ?? (i.auditStart ? `from ${formatDate(i.auditStart)}; end date not published` : `until ${formatDate(i.auditEnd!)}; start date not published`),
    months: i.auditStart && i.auditEnd ? monthsBetween(i.auditStart, i.auditEnd) : null,
  };
}

/** Whole months covered by an audit period whose ends are a month's first and last days. */
function monthsBetween(start: string, end: string): number {
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const [ey, em] = end.split('-').map(Number) as [number, number];
  return (ey - sy) * 12 + (em - sm) + 1;
}

function flags(i: InspectionInput): ReportFlag[] {
  const out: ReportFlag[] = [];
  if (!i.published) out.push({ flag: 'no-date' });
  if (i.auditStart && i.auditEnd && i.auditEnd < i.auditStart) out.push({ flag: 'end-before-start' });
  const months = i.auditStart && i.auditEnd ? monthsBetween(i.auditStart, i.auditEnd) : null;
  if (months !== null && months > 6 && kinds[i.kind].figures !== 'dip sample') out.push({ flag: 'long-period', months });
  return out;
}

/** Why a value is missing: the row says the source did not publish it (every one of its columns), or we have not found it. */
function valueAbsence(i: InspectionInput, columns: InspectionInput['notPublished'][number][], value: unknown): Absence | null {
  if (value !== null) return null;
  return columns.every((column) => i.notPublished.includes(column)) ? 'not-published' : 'not-found';
}

/** Why a grade is missing: this kind of inspection does not give it, the source did not publish it, or we have not found it. */
function gradeAbsence(i: InspectionInput, column: InspectionInput['notPublished'][number], grade: unknown, given: boolean): Absence | null {
  if (grade !== null) return null;
  if (!given) return 'not-applicable';
  return i.notPublished.includes(column) ? 'not-published' : 'not-found';
}
