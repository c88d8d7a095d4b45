import { sectionHeadings } from '../vocabulary.ts';
import { narrativeText } from './narrativeText.ts';

export interface Section {
  /** A front-matter key ("summary"), or the English name of a body section ("Question 1"), or "body" for text before the first. */
  id: string;
  line: number;
  offset: number;
}

/** Where each section of a narrative starts: its front-matter keys, then its `##` headings (in the file's language). */
export function sections(text: string, headings: readonly string[]): Section[] {
  const found: Section[] = [];
  let offset = 0;
  let inFrontMatter = false;
  let frontMatterDone = false;
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '---' && !frontMatterDone) {
      if (inFrontMatter) {
        frontMatterDone = true;
        found.push({ id: 'body', line: i + 2, offset: offset + line.length + 1 });
      }
      inFrontMatter = !inFrontMatter;
    } else if (inFrontMatter) {
      const key = /^([A-Za-z_]+):/.exec(line);
      if (key) found.push({ id: key[1] ?? '', line: i + 1, offset });
    } else {
      const heading = /^##\s+(.*?)\s*#*\s*$/.exec(line);
      const index = heading ? headings.indexOf(heading[1] ?? '') : -1;
      if (index !== -1) found.push({ id: sectionHeadings[index] ?? '', line: i + 1, offset });
    }
    offset += line.length + 1;
  });
  return found;
}

/** Each placeholder of a narrative with the section it is in and where it is. */
export function placeholdersBySection(text: string, headings: readonly string[]) {
  const starts = sections(text, headings);
  const { placeholders, at } = narrativeText(text);
  return placeholders.map((p) => ({
    name: `{{${p.measure}.${p.field}}}`,
    section: starts.filter((s) => s.offset <= p.offset).at(-1)?.id ?? 'body',
    ...at(p.offset),
  }));
}
