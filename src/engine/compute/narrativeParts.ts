import type { NarrativeRecord } from '../validate/frontMatterSchema.ts';
import { bodySections } from './bodySections.ts';
import { splitSentences } from './splitSentences.ts';

/**
 * One part of a narrative, as the review compares it: a front-matter key ("headline", "summary", "strengths",
 * "areas_for_improvement", "causes_of_concern", "corrections") or a body section ("## Question 1"), with its
 * sentences as written, placeholders unresolved.
 */
export interface NarrativePart {
  part: string;
  sentences: string[];
}

/**
 * A narrative's parts in reading order, each cut into sentences: each list item, paragraph, heading and table row
 * on its own, list and heading marks left off. A recommendation is followed by "Due: <its deadline>.", and a
 * correction is "<date>: <change> <reason>", so that a changed deadline or correction reads as a changed sentence.
 */
export function narrativeParts(record: NarrativeRecord): NarrativePart[] {
  const parts: [string, string[]][] = [
    ['headline', record.headline === undefined ? [] : [record.headline]],
    ['summary', record.summary],
    ['strengths', record.strengths],
    ['areas_for_improvement', record.areas_for_improvement ?? []],
    ['causes_of_concern', (record.causes_of_concern ?? []).flatMap((c) => [c.concern, ...c.recommendations.map((r) => `${r.text} Due: ${r.due}.`)])],
    ['corrections', record.corrections.map((c) => `${c.date}: ${c.change} ${c.reason}`)],
    ...bodySections(record.body).map(({ heading, text }): [string, string[]] => [`## ${heading}`, blocks(text)]),
  ];
  return parts.map(([part, texts]) => ({ part, sentences: texts.flatMap(splitSentences) })).filter((p) => p.sentences.length > 0);
}

/** The paragraphs, list items, headings and table rows of a section's markdown, in order, marks left off. */
function blocks(markdown: string): string[] {
  const found: string[] = [];
  let open = false;
  for (const line of markdown.split('\n')) {
    const heading = /^\s*#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    const row = /^\s*\|(.*?)\|?\s*$/.exec(line);
    if (line.trim() === '' || (row && /^[\s:|-]*$/.test(row[1] ?? ''))) open = false;
    else if (heading || row) {
      found.push((heading?.[1] ?? row?.[1] ?? '').trim());
      open = false;
    } else if (item || !open) {
      found.push(item?.[1] ?? line);
      open = true;
    } else found[found.length - 1] += `\n${line}`;
  }
  return found;
}
