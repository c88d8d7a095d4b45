import { z } from 'zod';
import { camelCaseKeys } from './rowSchemas.ts';

const text = z.string({ error: 'expected text' }).trim().min(1, 'is empty');
const date = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
const dueMessage = 'expected "immediately", "within three months", "within six months" or a date YYYY-MM-DD';
// The message sits on the date too: a union whose only string-typed failure is the date reports that option's message.
const due = z.union([z.enum(['immediately', 'within three months', 'within six months']), z.iso.date({ error: dueMessage })], { error: dueMessage });

const recommendation = z.strictObject({ text, due }, { error: 'expected a recommendation with "text:" and "due:"' });
const causeOfConcern = z.strictObject({
  concern: text,
  recommendations: z
    .array(recommendation, { error: 'a cause of concern needs at least one recommendation: a list of entries with "text" and "due"' })
    .min(1, 'a cause of concern needs at least one recommendation'),
}, { error: 'expected a cause of concern with "concern:" and "recommendations:"' });
const correction = z.strictObject({ date, change: text, reason: text }, { error: 'expected a correction with "date:", "change:" and "reason:"' });

/** The narrative's front matter. Unknown keys are errors, so that a misspelt key is not silently dropped. */
const frontMatter = z.strictObject({
  headline: text.optional(),
  summary: z.array(text).default([]),
  strengths: z.array(text).default([]),
  // Left out: the narrative's source does not list them (null); an empty list says there are none.
  areas_for_improvement: z.array(text).nullable().default(null),
  causes_of_concern: z.array(causeOfConcern).nullable().default(null),
  corrections: z.array(correction).default([]),
  /** A draft is left out of a build unless it is run with --drafts; the preview shows it with a banner. */
  draft: z.boolean({ error: 'expected true or false' }).default(false),
}, { error: 'expected the front matter to be keys such as "headline:" and "summary:", one per line' });
export const frontMatterSchema = frontMatter.transform(camelCaseKeys);

/** The keys allowed in each kind of map, by the key that holds it ('' for the top level), for "unknown key" messages. */
export const frontMatterKeys: Readonly<Record<string, readonly string[]>> = {
  '': Object.keys(frontMatter.shape),
  causes_of_concern: Object.keys(causeOfConcern.shape),
  recommendations: Object.keys(recommendation.shape),
  corrections: Object.keys(correction.shape),
};

/**
 * A narrative's text as a data release keeps it (data/releases/<version>/narratives.json, one per inspection): the
 * front matter's text as the narrative file gives it, keys and all, without `draft`, and the body (the markdown
 * after the front matter) as written, placeholders unresolved, as a list of its lines (so that the file compares
 * line by line); read back, the body is its lines joined.
 */
export const narrativeRecordSchema = frontMatter
  .omit({ draft: true })
  .extend({ body: z.array(z.string(), { error: 'expected the body as a list of lines' }).transform((lines) => lines.join('\n')) });
export type NarrativeRecord = z.output<typeof narrativeRecordSchema>;
