import { z } from 'zod';

const text = z.string({ error: 'expected text' }).trim().min(1, 'is empty');
const date = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
const due = z.union([z.enum(['immediately', 'within three months', 'within six months']), date], {
  error: 'expected "immediately", "within three months", "within six months" or a date YYYY-MM-DD',
});

/** The narrative's front matter. Unknown keys are errors, so that a misspelt key is not silently dropped. */
export const frontMatterSchema = z.strictObject({
  headline: text.optional(),
  summary: z.array(text).default([]),
  strengths: z.array(text).default([]),
  areas_for_improvement: z.array(text).default([]),
  causes_of_concern: z
    .array(
      z.strictObject({
        concern: text,
        recommendations: z.array(z.strictObject({ text, due })).min(1, 'a cause of concern needs at least one recommendation'),
      }),
    )
    .default([]),
  corrections: z.array(z.strictObject({ date, change: text, reason: text })).default([]),
});
