import { group } from 'd3-array';
import type { AuditRecord, FindingInput } from '../validate/rowSchemas.ts';
import type { ValidAuditSheet } from '../validate/validateAuditSheets.ts';
import { error, inspectionKey, type Problem, type RapeOutcome } from '../vocabulary.ts';
import { stratifiedEstimate } from './stats/index.ts';

interface Base {
  force: string;
  slug: string;
  source: string;
  /** Where the rows came from, shown as each figure's note. */
  note: string;
}

const rapeParts: Record<Exclude<RapeOutcome, 'correct'>, string> = {
  misclassified: 'rape-misclassified',
  'wrongly-n100': 'rape-wrongly-n100',
  'other-system': 'rape-other-system',
  'not-recorded': 'rape-not-recorded',
};

/**
 * Findings rows from one audit sheet: counts for each measure whose base holds at least one report.
 * With weights (police recorded crime by crime group) the overall rate is the stratified estimate and its
 * interval, as the inspectorate computes it, rather than the share of all reports audited.
 */
export function aggregateAuditSheet(records: readonly AuditRecord[], weights: ReadonlyMap<string, number> | null, base: Base): FindingInput[] {
  const rows: FindingInput[] = [];
  const row = (measure: string, numerator: number, denominator: number | null, extra: Partial<FindingInput> = {}) =>
    rows.push({ line: 1, force: base.force, slug: base.slug, measure, numerator, denominator, ratePct: null, ciPm: null, unrecordedOver: null, unrecordedQualifier: null, additionalRecorded: null, approx: null, status: 'computed', source: base.source, note: base.note, notPublished: [], ...extra });
  const share = (measure: string, within: readonly AuditRecord[], yes: (r: AuditRecord) => boolean) => {
    if (within.length) row(measure, within.filter(yes).length, within.length);
  };

  const crimes = records.filter((r) => r.shouldRecord === true);
  const recorded = (r: AuditRecord) => r.recorded === true;
  if (weights && crimes.length) {
    const strata = [...group(crimes, (r) => r.crimeGroup)].map(([crimeGroup, rs]) => ({ x: rs.filter(recorded).length, n: rs.length, weight: weights.get(crimeGroup) ?? 0 }));
    const estimate = stratifiedEstimate(strata);
    rows.push({
      line: 1, force: base.force, slug: base.slug, measure: 'overall', numerator: null, denominator: null,
      ratePct: { value: estimate.p * 100, decimals: 1 },
      ciPm: { value: estimate.halfWidth * 100, decimals: 2 },
      unrecordedOver: null, unrecordedQualifier: null, additionalRecorded: null, approx: null, status: 'computed', source: base.source, notPublished: [],
      note: `${base.note} Stratified estimate from ${crimes.length} crimes in ${strata.length} crime groups, weighted by police recorded crime.`,
    });
  } else share('overall', crimes, recorded);
  share('violence', crimes.filter((r) => r.crimeGroup === 'violence'), recorded);
  share('sexual-offences', crimes.filter((r) => r.crimeGroup === 'sexual-offences'), recorded);
  share('domestic-abuse', crimes.filter((r) => r.domesticAbuse === true), recorded);
  row('reports-audited', records.length, null);

  const rapes = records.filter((r) => r.rapeOutcome !== null);
  if (rapes.length) {
    share('rape', rapes, (r) => r.rapeOutcome === 'correct');
    // Every part is given, zero or not, so that the breakdown adds up to the total.
    for (const [outcome, measure] of Object.entries(rapeParts)) share(measure, rapes, (r) => r.rapeOutcome === outcome);
  }
  share('n100-applied', records.filter((r) => r.n100Needed === true), (r) => r.n100Applied === true);
  const timely = (crimeGroup: string) => crimes.filter((r) => r.crimeGroup === crimeGroup && r.recorded === true && r.within24h !== null);
  share('timeliness-violence', timely('violence'), (r) => r.within24h === true);
  share('timeliness-sexual-offences', timely('sexual-offences'), (r) => r.within24h === true);
  return rows;
}

/**
 * The findings rows of data/findings.csv with every audit sheet counted in (`counted` holds those rows). A measure may come from a sheet or
 * be written by hand, not both; a hand-written "pending" row only holds the measure's place until the figures
 * come, so the counted row replaces it.
 */
export function withAuditedFindings(handWritten: readonly FindingInput[], audits: readonly ValidAuditSheet[], findingsFile: string): { findings: FindingInput[]; counted: ReadonlySet<FindingInput>; problems: Problem[] } {
  const problems: Problem[] = [];
  const counted: FindingInput[] = [];
  const replaced = new Set<FindingInput>();
  for (const { file, force, slug, source, records, strata } of audits) {
    for (const row of aggregateAuditSheet(records, strata, { force, slug, source, note: `Aggregated from ${file}.` })) {
      const clash = handWritten.find((f) => inspectionKey(f) === inspectionKey(row) && f.measure === row.measure);
      if (clash?.status === 'pending') replaced.add(clash);
      if (clash && clash.status !== 'pending') problems.push(error(findingsFile, `"${row.measure}" for ${force}/${slug} is also aggregated from ${file}; give it in one place only`, { line: clash.line, field: 'measure' }));
      else counted.push(row);
    }
  }
  return { findings: [...handWritten.filter((f) => !replaced.has(f)), ...counted], counted: new Set(counted), problems };
}
