import { createHash } from 'node:crypto';
import { Document, Scalar } from 'yaml';
import { parseFrontMatter } from '../engine/load/parseFrontMatter.ts';

/** A narrative's parts as an author writes them: markdown with `{{placeholders}}`, in the order a report reads. */
export interface NarrativeParts {
  headline: string | null;
  summary: string[];
  strengths: string[];
  areasForImprovement: string[];
  causesOfConcern: { concern: string; recommendations: { text: string; due: string }[] }[];
  /** The `##` sections, each with its markdown body. */
  sections: { heading: string; body: string }[];
}

/** The front-matter keys that a Word draft writes; any other key of the narrative (corrections, …) is kept as it was. */
const draftKeys = ['headline', 'summary', 'strengths', 'areas_for_improvement', 'causes_of_concern'] as const;

const markerPattern = /^# npm run import: .*\n/m;

/** A short fingerprint of a narrative file's text, the import's own marker line aside. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text.replace(markerPattern, '').replace(/\r\n/g, '\n')).digest('hex').slice(0, 16);
}

/** The fingerprint the last import recorded in the file, if the file came from an import. */
export function recordedFingerprint(text: string): string | null {
  return /^# npm run import: .*fingerprint ([0-9a-f]{16})/m.exec(text)?.[1] ?? null;
}

/**
 * The narrative file for `parts`. Front-matter keys that a draft does not write (corrections, …) are kept from
 * `previous` (the file as it was). With `source`, a comment names the draft and the file's fingerprint, so
 * that a later import can tell whether anyone has edited the file since.
 */
export function writeNarrative(parts: NarrativeParts, previous: Record<string, unknown> = {}, source?: string): string {
  const data: Record<string, unknown> = {
    ...(parts.headline === null ? {} : { headline: parts.headline }),
    summary: parts.summary,
    strengths: parts.strengths,
    areas_for_improvement: parts.areasForImprovement,
    causes_of_concern: parts.causesOfConcern.map((c) => ({ concern: c.concern, recommendations: c.recommendations.map((r) => ({ text: r.text, due: r.due })) })),
    ...Object.fromEntries(Object.entries(previous).filter(([key]) => !(draftKeys as readonly string[]).includes(key))),
  };
  if (!('corrections' in data)) data.corrections = [];
  const doc = new Document(data);
  const headline = doc.get('headline', true);
  if (headline instanceof Scalar) headline.type = Scalar.BLOCK_FOLDED;
  const yaml = doc.toString({ lineWidth: 88, minContentWidth: 40 });
  const body = parts.sections.map((s) => `## ${s.heading}\n\n${s.body.trim() ? `${s.body.trim()}\n` : ''}`).join('\n');
  const text = `---\n${yaml}---\n\n${body}`;
  if (source === undefined) return text;
  const marked = (print: string) => text.replace(/^---\n/, `---\n# npm run import: from ${source}; fingerprint ${print}. Edits here make the next import stop unless given --force.\n`);
  return marked(fingerprint(text));
}

/** Reads a narrative file back into its parts (and its other front-matter keys), e.g. to export it or to compare it. */
export function readNarrative(text: string, file: string): { parts: NarrativeParts; frontMatter: Record<string, unknown> } {
  const parsed = parseFrontMatter(text, file);
  if (!parsed.doc) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  const fm = (parsed.doc.data ?? {}) as Record<string, unknown>;
  const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const sections: NarrativeParts['sections'] = [];
  for (const line of parsed.doc.body.split('\n')) {
    const heading = /^##\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) sections.push({ heading: heading[1] ?? '', body: '' });
    else if (sections.length) {
      const last = sections[sections.length - 1];
      if (last) last.body += `${line}\n`;
    }
  }
  return {
    frontMatter: fm,
    parts: {
      headline: typeof fm.headline === 'string' ? fm.headline : null,
      summary: strings(fm.summary),
      strengths: strings(fm.strengths),
      areasForImprovement: strings(fm.areas_for_improvement),
      causesOfConcern: (Array.isArray(fm.causes_of_concern) ? fm.causes_of_concern : []).map((c: { concern?: unknown; recommendations?: { text?: unknown; due?: unknown }[] }) => ({
        concern: String(c.concern ?? ''),
        recommendations: (c.recommendations ?? []).map((r) => ({ text: String(r.text ?? ''), due: String(r.due ?? '') })),
      })),
      sections: sections.map((s) => ({ heading: s.heading, body: s.body.trim() })),
    },
  };
}
