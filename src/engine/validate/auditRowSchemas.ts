import { z } from 'zod';
import * as cell from './cells.ts';

/** Columns of data/audits/<force>/<slug>.csv (one row per audited crime report) and of its .weights.csv. */

const show = (text: string) => JSON.stringify(text);

/** "yes", "no", or empty where the question does not apply. */
const yesNo = z.string().transform((text, ctx): boolean | null => {
  if (text === '') return null;
  if (text === 'yes' || text === 'no') return text === 'yes';
  ctx.addIssue({ code: 'custom', message: `expected "yes", "no" or nothing, got ${show(text)}`, input: text });
  return z.NEVER;
});

export const rapeOutcomes = ['correct', 'misclassified', 'wrongly-n100', 'other-system', 'not-recorded'] as const;
export type RapeOutcome = (typeof rapeOutcomes)[number];

const rapeOutcome = z.string().transform((text, ctx): RapeOutcome | null => {
  if (text === '') return null;
  if ((rapeOutcomes as readonly string[]).includes(text)) return text as RapeOutcome;
  ctx.addIssue({ code: 'custom', message: `expected nothing (not a report of rape) or one of ${rapeOutcomes.map(show).join(', ')}, got ${show(text)}`, input: text });
  return z.NEVER;
});

export const auditRow = z.object({
  reference: cell.requiredText,
  crime_group: cell.slug,
  should_record: yesNo,
  recorded: yesNo,
  within_24h: yesNo,
  domestic_abuse: yesNo,
  rape_outcome: rapeOutcome,
  n100_needed: yesNo,
  n100_applied: yesNo,
});

export const auditWeightRow = z.object({
  crime_group: cell.slug,
  recorded_crime: cell.optionalCount,
});
