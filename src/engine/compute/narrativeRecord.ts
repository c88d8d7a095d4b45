import type { z } from 'zod';
import type { NarrativeRecord, narrativeRecordSchema } from '../validate/frontMatterSchema.ts';
import type { NarrativeInput } from '../validate/validateNarrative.ts';
import { inspectionKey } from '../vocabulary.ts';

/** A narrative's text as a release keeps it: its front matter's text under the file's own keys (not `draft`), and its body as written. */
export function narrativeRecord(n: NarrativeInput): NarrativeRecord {
  const fm = n.frontMatter;
  return {
    headline: fm.headline,
    summary: fm.summary,
    strengths: fm.strengths,
    areas_for_improvement: fm.areasForImprovement,
    causes_of_concern: fm.causesOfConcern,
    corrections: fm.corrections,
    body: n.body,
  };
}

/**
 * A release's narratives.json: every narrative's record by inspection, in the order of their keys, two-space
 * indented with a final newline, the body as its lines, so that the same narratives always give the same bytes and
 * a later release's file differs from an earlier one's line by line.
 */
export function narrativesSnapshot(narratives: readonly NarrativeInput[]): string {
  const sorted = [...narratives].sort((a, b) => (inspectionKey(a) < inspectionKey(b) ? -1 : inspectionKey(a) > inspectionKey(b) ? 1 : 0));
  const entry = (n: NarrativeInput): [string, z.input<typeof narrativeRecordSchema>] => [inspectionKey(n), { ...narrativeRecord(n), body: n.body.split('\n') }];
  return `${JSON.stringify(Object.fromEntries(sorted.map(entry)), null, 2)}\n`;
}
