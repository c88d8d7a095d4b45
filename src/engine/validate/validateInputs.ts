import type { RawInputs } from '../load/loadInputs.ts';
import type { CsvTable } from '../load/tableFromRecords.ts';
import { error, gradeScales, inspectionKey, kinds, sectionHeadingsCy, warning, type Problem } from '../vocabulary.ts';
import { checkFindings } from './checkFindings.ts';
import { findingRow, forceRow, inspectionRow, researchLogRow, type FindingInput, type ForceInput, type InspectionInput, type PlaceInput, type ResearchQuery } from './rowSchemas.ts';
import { validateAuditSheets, type ValidAuditSheet } from './validateAuditSheets.ts';
import { validateNarrative, type NarrativeInput } from './validateNarrative.ts';
import { validatePlaces } from './validatePlaces.ts';
import { validateReleases, type ReleaseInput } from './validateReleases.ts';
import { validateRows } from './validateRows.ts';

export interface Inputs {
  forces: ForceInput[];
  inspections: InspectionInput[];
  /** The rows of data/findings.csv; audit sheets are counted into findings by the compute stage. */
  findings: FindingInput[];
  /** The columns data/findings.csv has, as written: an optional one may be left out. */
  inspectionsColumns: string[];
  findingsColumns: string[];
  audits: ValidAuditSheet[];
  narratives: NarrativeInput[];
  /** The Welsh narratives (`<slug>.cy.md`), validated as the English ones with Welsh section headings. */
  welshNarratives: NarrativeInput[];
  /** The data releases, oldest first, with their snapshots. */
  releases: ReleaseInput[];
  /** Every search made for the record (data/research-log.csv), one per query. */
  researchLog: ResearchQuery[];
  /** Towns, counties and councils by force (data/places.csv), each as its source prints it. */
  places: PlaceInput[];
}

/**
 * The keys a table's rows name, whether or not the row is valid: a row with one bad cell is still known to the
 * rows that refer to it, so that one mistake gives one error, not one for every row that names it.
 */
const namedKeys = (table: CsvTable, key: (cells: Record<string, string>) => string): Set<string> =>
  new Set(table.rows.map((row) => key(row.cells)));

/** Turns raw tables into typed inputs, and checks that they refer to each other correctly. */
export function validateInputs(raw: RawInputs): { inputs: Inputs; problems: Problem[] } {
  const problems: Problem[] = [];

  const forces = validateRows(raw.forces, forceRow);
  problems.push(...forces.problems, ...duplicates(raw.forces.file, forces.records, (f) => f.id, 'force id'));
  const forceIds = namedKeys(raw.forces, (cells) => (cells.id ?? '').trim());

  const inspections = validateRows(raw.inspections, inspectionRow);
  const file = raw.inspections.file;
  problems.push(...inspections.problems, ...duplicates(file, inspections.records, inspectionKey, 'inspection'));
  const byKey = new Map(inspections.records.map((i) => [inspectionKey(i), i]));
  const knownInspections = namedKeys(raw.inspections, (cells) => inspectionKey({ force: (cells.force ?? '').trim(), slug: (cells.slug ?? '').trim() }));
  for (const i of inspections.records) {
    const at = (field: string) => ({ line: i.line, field });
    if (!forceIds.has(i.force)) problems.push(error(file, `unknown force "${i.force}"; it must be an id in data/forces.csv`, at('force')));
    const scale: readonly string[] = gradeScales[i.gradeScale];
    for (const [field, grade] of [['overall_grade', i.overallGrade], ['q1_grade', i.q1Grade], ['q2_grade', i.q2Grade], ['q3_grade', i.q3Grade], ['regraded_from', i.regradedFrom]] as const) {
      if (grade && !scale.includes(grade)) problems.push(error(file, `"${grade}" is not on the ${i.gradeScale} scale (${scale.join(', ')})`, at(field)));
    }
    if (i.revisits) {
      const earlier = byKey.get(`${i.force}/${i.revisits}`);
      if (!knownInspections.has(`${i.force}/${i.revisits}`)) problems.push(error(file, `revisits "${i.revisits}", which is not an inspection of ${i.force} in this file`, at('revisits')));
      else if (earlier?.published && i.published && earlier.published >= i.published) problems.push(error(file, `revisits "${i.revisits}", which was not published earlier`, at('revisits')));
    } else if (kinds[i.kind].revisits) {
      problems.push(warning(file, 'a re-inspection should name the inspection it revisits', at('revisits')));
    }
    if (i.auditStart && i.auditEnd && i.auditEnd < i.auditStart) {
      problems.push(warning(file, `the audit period ends (${i.auditEnd}) before it starts (${i.auditStart}); kept as printed and flagged on the page`, at('audit_end')));
    }
  }
  const findings = validateRows(raw.findings, findingRow);
  problems.push(...findings.problems, ...checkFindings(raw.findings.file, findings.records, knownInspections));
  problems.push(...undatedWarning(file, inspections.records, findings.records));
  const audits = validateAuditSheets(raw.audits, byKey, knownInspections);
  problems.push(...audits.problems);

  const narratives = raw.narratives.flatMap((doc) => {
    const result = validateNarrative(doc, knownInspections.has(inspectionKey(doc)));
    problems.push(...result.problems);
    return result.narrative ? [result.narrative] : [];
  });
  // A Welsh narrative is held to the same rules, with Welsh section headings; check compares it with the English one.
  const welshNarratives = raw.welshNarratives.flatMap((doc) => {
    const result = validateNarrative(doc, knownInspections.has(inspectionKey(doc)), sectionHeadingsCy);
    problems.push(...result.problems);
    return result.narrative ? [result.narrative] : [];
  });

  const releases = validateReleases(raw.releases);
  problems.push(...releases.problems);

  const researchLog = validateRows(raw.researchLog, researchLogRow);
  problems.push(...researchLog.problems);
  for (const q of researchLog.records) {
    const at = (field: string) => ({ line: q.line, field });
    if (!forceIds.has(q.force)) problems.push(error(raw.researchLog.file, `unknown force "${q.force}"; it must be an id in data/forces.csv`, at('force')));
    if (q.outcome === 'found' && !q.address) problems.push(error(raw.researchLog.file, 'a query that found something gives the address of the text that prints it', at('address')));
    if (q.outcome === 'nothing' && (q.address || q.printed)) problems.push(error(raw.researchLog.file, 'a query that found nothing has no address or printed figures; set outcome to "found"', at(q.address ? 'address' : 'printed')));
  }

  const places = validatePlaces(raw.places, forceIds);
  problems.push(...places.problems);

  return {
    inputs: { places: places.places, forces: forces.records, inspections: inspections.records, findings: findings.records, inspectionsColumns: raw.inspections.columns, findingsColumns: raw.findings.columns, audits: audits.sheets, narratives, welshNarratives, researchLog: researchLog.records, releases: releases.releases },
    problems,
  };
}

/**
 * One line for the file, not one per row: dozens of older results have no date, and the order copes with it.
 * An inspection whose every finding is pending is not out yet, so it cannot have a date.
 */
function undatedWarning(file: string, inspections: readonly InspectionInput[], findings: readonly FindingInput[]): Problem[] {
  const pendingOnly = new Set(inspections.map(inspectionKey));
  for (const f of findings) if (f.status !== 'pending') pendingOnly.delete(inspectionKey(f));
  const undated = inspections.filter((i) => !i.published && !(pendingOnly.has(inspectionKey(i)) && findings.some((f) => inspectionKey(f) === inspectionKey(i))));
  if (undated.length === 0) return [];
  const numbers = undated.map((i) => String(i.line));
  const lines = numbers.length === 1 ? `line ${numbers[0]}` : `lines ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
  const what = undated.length === 1 ? '1 inspection has' : `${undated.length} inspections have`;
  return [warning(file, `${what} no publication date (${lines}); each is placed in time by its audit period, else the year in its title or slug, else the inspection it revisits`, { field: 'published' })];
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
