import type { ResearchQuery } from '../validate/rowSchemas.ts';

/** Which printed form a source link lands on, best first: the rate, else the estimate, else the count. */
const preference = ['rate', 'over', 'count'] as const;

/**
 * Looks up how a figure's source prints it, from the research log's `printed` forms: the form of the figure's
 * measure that the log records for the same force at the same address. Null where the log records none.
 */
export function printedForms(log: readonly ResearchQuery[]): (force: string, address: string, measure: string) => string | null {
  const forms = new Map<string, string>();
  for (const q of log) {
    if (!q.address || !q.printed) continue;
    for (const { key, text } of q.printed) if (key.measure !== null) forms.set(`${q.force} ${q.address} ${key.measure}.${key.field}`, text);
  }
  return (force, address, measure) => {
    for (const field of preference) {
      const text = forms.get(`${force} ${address} ${measure}.${field}`);
      if (text !== undefined) return text;
    }
    return null;
  };
}
