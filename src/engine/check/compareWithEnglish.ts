import type { NarrativeDocument } from '../load/loadInputs.ts';
import { error, sectionHeadings, sectionHeadingsCy, type Problem } from '../vocabulary.ts';
import { placeholdersBySection, sections } from './narrativeSections.ts';

const itemCount = (doc: NarrativeDocument, key: string) => {
  const value = (doc.doc.data as Record<string, unknown> | null)?.[key];
  return Array.isArray(value) ? value.length : undefined;
};

/**
 * Holds a Welsh narrative to its English one: the same sections (front-matter keys and `##` sections), the
 * same number of items in each list, and the same placeholders in each section, so that the Welsh text
 * states the same figures. One error per mismatch, in the Welsh file, naming the English line.
 */
export function compareWithEnglish(english: NarrativeDocument | undefined, welsh: NarrativeDocument): Problem[] {
  if (!english) {
    return [error(welsh.file, `a Welsh narrative renders an English one: there is no ${welsh.file.replace(/\.cy\.md$/, '.md')}`, { line: 1, column: 1 })];
  }
  const problems: Problem[] = [];
  const enSections = sections(english.text, sectionHeadings);
  const cySections = sections(welsh.text, sectionHeadingsCy);
  const enIds = new Map(enSections.map((s) => [s.id, s]));
  const cyIds = new Map(cySections.map((s) => [s.id, s]));
  // A section as each text heads it: "summary" in both, "## Question 1" in English, "## Cwestiwn 1" in Welsh.
  const name = (headings: readonly string[]) => (id: string) => {
    const index = sectionHeadings.indexOf(id as (typeof sectionHeadings)[number]);
    return index === -1 ? `"${id}"` : `"## ${headings[index]}"`;
  };
  const [en, cy] = [name(sectionHeadings), name(sectionHeadingsCy)];

  for (const s of cySections) {
    if (!enIds.has(s.id)) problems.push(error(welsh.file, `${cy(s.id)} is not in the English narrative ${english.file}`, { line: s.line, column: 1 }));
  }
  for (const s of enSections) {
    if (!cyIds.has(s.id)) problems.push(error(welsh.file, `the English narrative has ${en(s.id)} (${english.file}:${s.line}); the Welsh one has no ${cy(s.id)}`, { line: 1, column: 1 }));
  }
  for (const s of cySections) {
    const enSection = enIds.get(s.id);
    const [enItems, cyItems] = [itemCount(english, s.id), itemCount(welsh, s.id)];
    if (enSection && enItems !== undefined && cyItems !== undefined && enItems !== cyItems) {
      problems.push(error(welsh.file, `${cy(s.id)} has ${cyItems} item(s); the English ${en(s.id)} has ${enItems} (${english.file}:${enSection.line})`, { line: s.line, column: 1 }));
    }
  }

  // Placeholders matched one for one within each section; what is left on both sides in a section is paired
  // (one figure written in place of another is one mistake), and the rest reported on its own.
  const missing = placeholdersBySection(english.text, sectionHeadings);
  const extra: typeof missing = [];
  for (const p of placeholdersBySection(welsh.text, sectionHeadingsCy)) {
    const i = missing.findIndex((q) => q.name === p.name && q.section === p.section);
    if (i !== -1) missing.splice(i, 1);
    else if (enIds.has(p.section)) extra.push(p);
  }
  for (const p of extra) {
    const i = missing.findIndex((q) => q.section === p.section);
    const instead = i === -1 ? undefined : missing.splice(i, 1)[0];
    const where = `${english.file}:${instead ? `${instead.line}:${instead.column}` : enIds.get(p.section)?.line}`;
    const message = instead
      ? `${p.name} where the English ${en(p.section)} has ${instead.name} (${where}): the two texts would state different figures`
      : `${p.name} is not in the English ${en(p.section)} (${where}): the two texts would state different figures`;
    problems.push(error(welsh.file, message, { line: p.line, column: p.column }));
  }
  for (const q of missing) {
    const s = cyIds.get(q.section);
    if (s) problems.push(error(welsh.file, `the English ${en(q.section)} has ${q.name} (${english.file}:${q.line}:${q.column}); the Welsh ${cy(q.section)} does not`, { line: s.line, column: 1 }));
  }
  return problems;
}
