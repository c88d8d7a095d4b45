import { inspectionKey, type FindingInput, type InspectionInput } from '../inputs.ts';
import { aggregateAuditSheet, type AuditRecord } from '../compute/aggregateAuditSheet.ts';
import type { AuditSheetDocument } from '../load/loadAuditSheets.ts';
import { error, type Problem } from '../problems.ts';
import { auditRow, auditWeightRow } from './auditRowSchemas.ts';
import { validateRows } from './validateRows.ts';

/**
 * Validates each audit sheet row by row, aggregates it into findings rows for its inspection, and refuses
 * a measure that data/findings.csv also gives by hand for that inspection. A hand-written "pending" row
 * only holds the measure's place until the figures come, so the aggregated row replaces it.
 */
export function validateAuditSheets(
  sheets: readonly AuditSheetDocument[],
  inspections: ReadonlyMap<string, InspectionInput>,
  handWritten: readonly FindingInput[],
  findingsFile: string,
): { findings: FindingInput[]; replaced: Set<FindingInput>; problems: Problem[] } {
  const problems: Problem[] = [];
  const findings: FindingInput[] = [];
  const replaced = new Set<FindingInput>();
  for (const { force, slug, sheet, weights } of sheets) {
    const file = sheet.file;
    const inspection = inspections.get(`${force}/${slug}`);
    if (!inspection) {
      problems.push(error(file, `audit sheet for an unknown inspection "${force}/${slug}"; add it to data/inspections.csv or rename the file`, { line: 1 }));
      continue;
    }
    const { records, problems: rowProblems } = validateRows(sheet, auditRow, (r, line): AuditRecord & { should: boolean | null } => ({
      line,
      reference: r.reference,
      crimeGroup: r.crime_group,
      should: r.should_record,
      shouldRecord: r.should_record === true,
      recorded: r.recorded,
      within24h: r.within_24h,
      domesticAbuse: r.domestic_abuse,
      rapeOutcome: r.rape_outcome,
      n100Needed: r.n100_needed,
      n100Applied: r.n100_applied,
    }));
    problems.push(...rowProblems);
    const columns = new Map(sheet.rows.map((row) => [row.line, row.columns]));
    const before = problems.length;
    const first = new Map<string, number>();
    for (const r of records) {
      const fail = (field: string, message: string) => problems.push(error(file, message, { line: r.line, column: columns.get(r.line)?.[field], field }));
      const seen = first.get(r.reference);
      if (seen !== undefined) fail('reference', `duplicate reference "${r.reference}"; it is already on line ${seen}`);
      else first.set(r.reference, r.line);
      if (r.should === null) fail('should_record', 'is empty; write "yes" if the report should have been recorded as a crime, else "no"');
      if (r.should === true && r.recorded === null) fail('recorded', 'is empty; write "yes" or "no": was the crime recorded?');
      if (r.should === false && r.recorded !== null) fail('recorded', 'must be empty when should_record is "no"');
      if (r.within24h !== null && r.recorded !== true) fail('within_24h', 'applies only to a recorded crime (recorded "yes")');
      if (r.rapeOutcome !== null) {
        if (r.crimeGroup !== 'sexual-offences' || r.should !== true) fail('rape_outcome', 'a report of rape is in crime group "sexual-offences" and should have been recorded');
        const wasRecorded = r.rapeOutcome === 'correct' || r.rapeOutcome === 'misclassified';
        if (r.recorded !== null && r.recorded !== wasRecorded) fail('recorded', `a rape outcome "${r.rapeOutcome}" means recorded is "${wasRecorded ? 'yes' : 'no'}"`);
      }
      if (r.n100Needed === true && r.n100Applied === null) fail('n100_applied', 'is empty; write "yes" or "no": was the N100 classification applied?');
      if (r.n100Needed !== true && r.n100Applied !== null) fail('n100_applied', 'applies only when n100_needed is "yes"');
    }

    let strata: Map<string, number> | null = null;
    if (weights) {
      const parsed = validateRows(weights, auditWeightRow, (r, line) => ({ line, crimeGroup: r.crime_group, recordedCrime: r.recorded_crime }));
      problems.push(...parsed.problems);
      const groups = new Set(records.filter((r) => r.shouldRecord).map((r) => r.crimeGroup));
      strata = new Map();
      for (const w of parsed.records) {
        const at = { line: w.line, field: 'recorded_crime' };
        if (!w.recordedCrime) problems.push(error(weights.file, `give police recorded crime for crime group "${w.crimeGroup}" as a whole number above 0`, at));
        else if (strata.has(w.crimeGroup)) problems.push(error(weights.file, `crime group "${w.crimeGroup}" appears twice`, { ...at, field: 'crime_group' }));
        else if (!groups.has(w.crimeGroup)) problems.push(error(weights.file, `crime group "${w.crimeGroup}" has no audited crime in ${file}; a stratum needs at least one`, { ...at, field: 'crime_group' }));
        else strata.set(w.crimeGroup, w.recordedCrime);
      }
      for (const g of groups) if (!strata.has(g) && !parsed.records.some((w) => w.crimeGroup === g)) problems.push(error(weights.file, `no weight for crime group "${g}", which ${file} audits`, { line: 1 }));
    }
    if (problems.length > before || rowProblems.length) continue;

    const aggregated = aggregateAuditSheet(records, strata, { force, slug, source: inspection.sourceUrl, note: `Aggregated from ${file}.` });
    for (const row of aggregated) {
      const clash = handWritten.find((f) => inspectionKey(f) === inspectionKey(row) && f.measure === row.measure);
      if (clash?.status === 'pending') replaced.add(clash);
      if (clash && clash.status !== 'pending') problems.push(error(findingsFile, `"${row.measure}" for ${force}/${slug} is also aggregated from ${file}; give it in one place only`, { line: clash.line, field: 'measure' }));
      else findings.push(row);
    }
  }
  return { findings, replaced, problems };
}
