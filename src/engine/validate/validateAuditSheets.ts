import type { AuditSheetDocument } from '../load/loadAuditSheets.ts';
import { error, type Problem } from '../vocabulary.ts';
import { auditRow, auditWeightRow, type AuditRecord, type InspectionInput } from './rowSchemas.ts';
import { validateRows } from './validateRows.ts';

/** An audit sheet whose every row is valid, ready to be counted into findings for its inspection. */
export interface ValidAuditSheet {
  file: string;
  force: string;
  slug: string;
  /** The inspection's source, which the counted findings cite. */
  source: string;
  records: AuditRecord[];
  /** Police recorded crime by crime group, for a stratified overall estimate; null without a .weights.csv. */
  strata: Map<string, number> | null;
}

/** Validates each audit sheet row by row, and its weights against the crime groups it audits. */
export function validateAuditSheets(
  sheets: readonly AuditSheetDocument[],
  inspections: ReadonlyMap<string, InspectionInput>,
  known: ReadonlySet<string>,
): { sheets: ValidAuditSheet[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const valid: ValidAuditSheet[] = [];
  for (const { force, slug, sheet, weights } of sheets) {
    const file = sheet.file;
    const inSheet = (table: typeof sheet) => (table.sheet === undefined ? {} : { sheet: table.sheet });
    // In a workbook a place is a row, in a CSV file a line.
    const rowWord = sheet.sheet === undefined ? 'line' : 'row';
    if (!known.has(`${force}/${slug}`)) {
      problems.push(error(file, `audit sheet for an unknown inspection "${force}/${slug}"; add it to data/inspections.csv or rename the file`, { line: 1, ...inSheet(sheet) }));
      continue;
    }
    const { records, problems: rowProblems } = validateRows(sheet, auditRow);
    problems.push(...rowProblems);
    const columns = new Map(sheet.rows.map((row) => [row.line, row.columns]));
    const before = problems.length;
    const first = new Map<string, number>();
    for (const r of records) {
      const fail = (field: string, message: string) => problems.push(error(file, message, { line: r.line, column: columns.get(r.line)?.[field], ...inSheet(sheet), field }));
      const seen = first.get(r.reference);
      if (seen !== undefined) fail('reference', `duplicate reference "${r.reference}"; it is already on ${rowWord} ${seen}`);
      else first.set(r.reference, r.line);
      if (r.shouldRecord === null) fail('should_record', 'is empty; write "yes" if the report should have been recorded as a crime, else "no"');
      if (r.shouldRecord === true && r.recorded === null) fail('recorded', 'is empty; write "yes" or "no": was the crime recorded?');
      if (r.shouldRecord === false && r.recorded !== null) fail('recorded', 'must be empty when should_record is "no"');
      if (r.within24h !== null && r.recorded !== true) fail('within_24h', 'applies only to a recorded crime (recorded "yes")');
      if (r.rapeOutcome !== null) {
        if (r.crimeGroup !== 'sexual-offences' || r.shouldRecord !== true) fail('rape_outcome', 'a report of rape is in crime group "sexual-offences" and should have been recorded');
        const wasRecorded = r.rapeOutcome === 'correct' || r.rapeOutcome === 'misclassified';
        if (r.recorded !== null && r.recorded !== wasRecorded) fail('recorded', `a rape outcome "${r.rapeOutcome}" means recorded is "${wasRecorded ? 'yes' : 'no'}"`);
      }
      if (r.n100Needed === true && r.n100Applied === null) fail('n100_applied', 'is empty; write "yes" or "no": was the N100 classification applied?');
      if (r.n100Needed !== true && r.n100Applied !== null) fail('n100_applied', 'applies only when n100_needed is "yes"');
    }

    let strata: Map<string, number> | null = null;
    if (weights) {
      const parsed = validateRows(weights, auditWeightRow);
      problems.push(...parsed.problems);
      const groups = new Set(records.filter((r) => r.shouldRecord).map((r) => r.crimeGroup));
      const weightColumns = new Map(weights.rows.map((row) => [row.line, row.columns]));
      strata = new Map();
      for (const w of parsed.records) {
        const at = { line: w.line, column: weightColumns.get(w.line)?.recorded_crime, ...inSheet(weights), field: 'recorded_crime' };
        const groupAt = { ...at, column: weightColumns.get(w.line)?.crime_group, field: 'crime_group' };
        if (!w.recordedCrime) problems.push(error(weights.file, `give police recorded crime for crime group "${w.crimeGroup}" as a whole number above 0`, at));
        else if (strata.has(w.crimeGroup)) problems.push(error(weights.file, `crime group "${w.crimeGroup}" appears twice`, groupAt));
        else if (!groups.has(w.crimeGroup)) problems.push(error(weights.file, `crime group "${w.crimeGroup}" has no audited crime in ${file}; a stratum needs at least one`, groupAt));
        else strata.set(w.crimeGroup, w.recordedCrime);
      }
      // A group whose row has an error of its own is already reported there.
      for (const g of groups) if (!strata.has(g) && !weights.rows.some((row) => row.cells.crime_group === g)) problems.push(error(weights.file, `no weight for crime group "${g}", which ${file} audits`, { line: 1, ...inSheet(weights) }));
    }
    const inspection = inspections.get(`${force}/${slug}`);
    // An inspection row with errors of its own is reported there; its sheet is not counted.
    if (problems.length > before || rowProblems.length || !inspection) continue;
    valid.push({ file, force, slug, source: inspection.sourceUrl, records, strata });
  }
  return { sheets: valid, problems };
}
