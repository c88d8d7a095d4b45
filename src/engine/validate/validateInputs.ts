import { gradeScales } from '../grades.ts';
import { inspectionKey, type Inputs } from '../inputs.ts';
import type { RawInputs } from '../load/loadInputs.ts';
import { error, warning, type Problem } from '../problems.ts';
import { checkFindings } from './checkFindings.ts';
import { validateAuditSheets } from './validateAuditSheets.ts';
import { validateNarrative } from './validateNarrative.ts';
import { validateRows } from './validateRows.ts';
import { findingRow, forceRow, inspectionRow } from './rowSchemas.ts';

/** Turns raw tables into typed inputs, and checks that they refer to each other correctly. */
export function validateInputs(raw: RawInputs): { inputs: Inputs; problems: Problem[] } {
  const problems: Problem[] = [];

  const forces = validateRows(raw.forces, forceRow, (r, line) => ({
    line,
    id: r.id,
    name: r.name,
    shortName: r.short_name,
    country: r.country,
  }));
  problems.push(...forces.problems, ...duplicates(raw.forces.file, forces.records, (f) => f.id, 'force id'));
  const forceIds = new Set(forces.records.map((f) => f.id));

  const inspections = validateRows(raw.inspections, inspectionRow, (r, line) => ({
    line,
    force: r.force,
    slug: r.slug,
    kind: r.kind,
    title: r.title,
    published: r.published,
    auditStart: r.audit_start,
    auditEnd: r.audit_end,
    auditPeriodText: r.audit_period_text,
    gradeScale: r.grade_scale,
    overallGrade: r.overall_grade,
    q1Grade: r.q1_grade,
    q2Grade: r.q2_grade,
    q3Grade: r.q3_grade,
    regradedFrom: r.regraded_from,
    revisits: r.revisits,
    prcTotal: r.prc_total,
    prcViolence: r.prc_violence,
    prcSexualOffences: r.prc_sexual_offences,
    auditableRoutePct: r.auditable_route_pct,
    population: r.population,
    sourceUrl: r.source_url,
    notes: r.notes,
  }));
  const file = raw.inspections.file;
  problems.push(...inspections.problems, ...duplicates(file, inspections.records, inspectionKey, 'inspection'));
  const byKey = new Map(inspections.records.map((i) => [inspectionKey(i), i]));
  for (const i of inspections.records) {
    const at = (field: string) => ({ line: i.line, field });
    if (!forceIds.has(i.force)) problems.push(error(file, `unknown force "${i.force}"; it must be an id in data/forces.csv`, at('force')));
    const scale: readonly string[] = gradeScales[i.gradeScale];
    for (const [field, grade] of [['overall_grade', i.overallGrade], ['q1_grade', i.q1Grade], ['q2_grade', i.q2Grade], ['q3_grade', i.q3Grade], ['regraded_from', i.regradedFrom]] as const) {
      if (grade && !scale.includes(grade)) problems.push(error(file, `"${grade}" is not on the ${i.gradeScale} scale (${scale.join(', ')})`, at(field)));
    }
    if (i.revisits) {
      const earlier = byKey.get(`${i.force}/${i.revisits}`);
      if (!earlier) problems.push(error(file, `revisits "${i.revisits}", which is not an inspection of ${i.force} in this file`, at('revisits')));
      else if (earlier.published && i.published && earlier.published >= i.published) problems.push(error(file, `revisits "${i.revisits}", which was not published earlier`, at('revisits')));
    } else if (i.kind === 'cdi-reinspection') {
      problems.push(warning(file, 'a re-inspection should name the inspection it revisits', at('revisits')));
    }
    if (i.auditStart && i.auditEnd && i.auditEnd < i.auditStart) {
      problems.push(warning(file, `the audit period ends (${i.auditEnd}) before it starts (${i.auditStart}); kept as printed and flagged on the page`, at('audit_end')));
    }
  }

  const findings = validateRows(raw.findings, findingRow, (r, line) => ({
    line,
    force: r.force,
    slug: r.slug,
    measure: r.measure,
    numerator: r.numerator,
    denominator: r.denominator,
    ratePct: r.rate_pct,
    ciPm: r.ci_pm,
    unrecordedOver: r.unrecorded_over,
    additionalRecorded: r.additional_recorded,
    approx: r.approx,
    status: r.status,
    source: r.source,
    note: r.note,
  }));
  problems.push(...findings.problems, ...checkFindings(raw.findings.file, findings.records, new Set(byKey.keys())));
  const audited = validateAuditSheets(raw.audits, byKey, findings.records, raw.findings.file);
  problems.push(...audited.problems);

  const narratives = raw.narratives.flatMap((doc) => {
    const result = validateNarrative(doc, byKey.has(`${doc.force}/${doc.slug}`));
    problems.push(...result.problems);
    return result.narrative ? [result.narrative] : [];
  });

  return {
    inputs: { forces: forces.records, inspections: inspections.records, findings: [...findings.records.filter((f) => !audited.replaced.has(f)), ...audited.findings], narratives },
    problems,
  };
}

function duplicates<T extends { line: number }>(file: string, records: T[], key: (r: T) => string, what: string): Problem[] {
  const first = new Map<string, number>();
  return records.flatMap((r) => {
    const k = key(r);
    const line = first.get(k);
    if (line === undefined) {
      first.set(k, r.line);
      return [];
    }
    return [error(file, `duplicate ${what} "${k}"; it is already on line ${line}`, { line: r.line })];
  });
}
