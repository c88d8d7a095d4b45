import type { z } from 'zod';
import type { NarrativeDocument } from '../load/loadInputs.ts';
import { error, sectionHeadings, type Problem } from '../vocabulary.ts';
import { frontMatterKeys, frontMatterSchema } from './frontMatterSchema.ts';
import { personPath } from './personPath.ts';

export interface NarrativeInput {
  file: string;
  force: string;
  slug: string;
  frontMatter: z.output<typeof frontMatterSchema>;
  /** Line in the file where each front-matter key begins, for placeholder errors. */
  frontMatterLines: Record<string, number>;
  body: string;
  /** Line in the file of the body's first line. */
  bodyLine: number;
}

/**
 * Checks one narrative file: that its inspection exists, its front matter and its section headings
 * (`headings`: the English ones, or `sectionHeadingsCy` for a Welsh narrative).
 */
export function validateNarrative(doc: NarrativeDocument, known: boolean, headings: readonly string[] = sectionHeadings): { narrative?: NarrativeInput; problems: Problem[] } {
  const { file } = doc;
  const problems: Problem[] = [];
  if (!known) {
    problems.push(error(file, `narrative for an unknown inspection "${doc.force}/${doc.slug}"; add it to data/inspections.csv or rename the file`, { line: 1 }));
  }
  const parsed = frontMatterSchema.safeParse(doc.doc.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = personPath(issue.path);
      const unknown = issue.code === 'unrecognized_keys';
      const message = unknown ? `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; expected ${expectedKeys(issue.path)}` : withWhatWasTyped(issue.message, valueAt(doc.doc.data, issue.path));
      // An unknown key is reported on its own line, not on the line of the map that holds it.
      const line = doc.doc.lineOf(unknown ? [...issue.path, issue.keys[0] ?? ''] : issue.path);
      problems.push(error(file, message, { line, field: field || undefined }));
    }
  }
  problems.push(...checkHeadings(doc, headings));
  if (!parsed.success || !known) return { problems };
  const fm = parsed.data;
  const frontMatterLines: Record<string, number> = {};
  for (const key of frontMatterKeys[''] ?? []) frontMatterLines[key] = doc.doc.lineOf([key]);
  return {
    narrative: {
      file,
      force: doc.force,
      slug: doc.slug,
      frontMatter: fm,
      frontMatterLines,
      body: doc.doc.body,
      bodyLine: doc.doc.bodyLine,
    },
    problems,
  };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/**
 * The message with what was typed: a text, number or date as typed; text that YAML read as a key and a value
 * ("- Training: call handlers …", because of the colon) with how to quote it.
 */
function withWhatWasTyped(message: string, typed: unknown): string {
  if (typed instanceof Date) return `${message}, got ${typed.toISOString().slice(0, 10)}`;
  if (typeof typed === 'string' || typeof typed === 'number' || typeof typed === 'boolean') return `${message}, got ${JSON.stringify(typed)}`;
  const entries = typed !== null && typeof typed === 'object' && !Array.isArray(typed) ? Object.entries(typed) : [];
  const [first] = entries;
  if (entries.length === 1 && first && typeof first[1] === 'string') {
    const line = `${first[0]}: ${first[1]}`;
    return `${message}, got "${line}", which reads as a key and a value because of the colon after "${first[0]}"; put the whole text in quotes: "${line.replaceAll('"', '\\"')}"`;
  }
  return message;
}

function expectedKeys(path: readonly PropertyKey[]): string {
  const holder = path.filter((part) => typeof part === 'string').at(-1) ?? '';
  return (frontMatterKeys[holder] ?? []).map((key) => `"${key}"`).join(', ');
}

function checkHeadings(doc: NarrativeDocument, headings: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  let previous = -1;
  let fenced = false;
  doc.doc.body.split('\n').forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    const match = !fenced && /^#{1,2}\s+(.*?)\s*#*\s*$/.exec(text);
    if (!match) return;
    const line = doc.doc.bodyLine + i;
    const index = headings.indexOf(match[1] ?? '');
    if (text.startsWith('# ') || index === -1) {
      problems.push(error(doc.file, `unexpected heading "${text.trim()}"; sections are "## ${headings.join('", "## ')}" (use ### inside them)`, { line }));
    } else if (index <= previous) {
      problems.push(error(doc.file, `"## ${match[1]}" is out of order or repeated; sections go ${headings.join(', ')}`, { line }));
    } else previous = index;
  });
  return problems;
}
