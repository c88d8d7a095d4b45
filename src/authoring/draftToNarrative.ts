import type { Report } from '../engine/compute/model.ts';
import { sectionHeadings } from '../engine/vocabulary.ts';
import type { NarrativeParts } from './narrativeFile.ts';
import { placeFigures, type FigureLog } from './placeFigures.ts';
import { collapse, type DraftDocument, type DraftListItem } from './readDocx.ts';
import { readDeadline } from './readDeadline.ts';
import { wordTitle } from './wordTitle.ts';

/** What the import found, changed and left out, for its report. */
export interface ImportLog extends FigureLog {
  found: string[];
  missing: string[];
  /** What the narrative does not carry, each with its paragraph: images, comments, tracked changes, stray text. */
  dropped: { paragraph: number | null; what: string }[];
  /** Problems with the draft's structure, e.g. a recommendation without a deadline. */
  errors: { paragraph: number; message: string }[];
  instructions: number;
  /** The paragraph of the Title taken as the headline, when no paragraph came before the first heading; else null. */
  headlineFromTitle: number | null;
}

/** A Title-style paragraph, which may become the headline. */
type TitleBlock = { paragraph: number; markdown: string };
type ListPart = 'summary' | 'strengths' | 'areasForImprovement';
type Part = { kind: 'list'; key: ListPart } | { kind: 'concerns' } | { kind: 'section'; heading: string };

/** The draft's headings, by their text in lower case without punctuation. */
const partsByHeading: Record<string, Part> = {
  summary: { kind: 'list', key: 'summary' },
  strengths: { kind: 'list', key: 'strengths' },
  'areas for improvement': { kind: 'list', key: 'areasForImprovement' },
  'causes of concern': { kind: 'concerns' },
  ...Object.fromEntries(sectionHeadings.map((heading) => [heading.toLowerCase(), { kind: 'section', heading }])),
};
/** The parts a report has, in order, with the names the import report uses. */
const partNames = ['Headline', 'Summary', 'Strengths', 'Areas for improvement', 'Causes of concern', ...sectionHeadings];

/** "Question 1: How well …", "QUESTION 1 –", "Areas for Improvement." → the part; undefined for any other heading. */
export function partOfHeading(text: string): Part | undefined {
  const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const question = /^question\s*([123])\b/.exec(words(text));
  if (question) return partsByHeading[`question ${question[1]}`];
  return partsByHeading[words(text.split(':')[0] ?? '')];
}

const nameOf = (part: Part) =>
  part.kind === 'section' ? part.heading : part.kind === 'concerns' ? 'Causes of concern' : { summary: 'Summary', strengths: 'Strengths', areasForImprovement: 'Areas for improvement' }[part.key];

/** Turns a Word draft's blocks into a narrative's parts: structure from its headings, figures to placeholders. */
export function draftToNarrative(draft: DraftDocument, report: Report): { parts: NarrativeParts; log: ImportLog } {
  const log: ImportLog = { found: [], missing: [], replaced: [], typed: [], contradictions: [], dropped: [], errors: [], instructions: 0, headlineFromTitle: null };
  const parts: NarrativeParts = { headline: null, summary: [], strengths: [], areasForImprovement: [], causesOfConcern: [], sections: [] };
  const figures = (markdown: string, paragraph: number) => placeFigures(markdown, report, paragraph, log);
  const flat = (items: DraftListItem[]): DraftListItem[] => items.flatMap((item) => [item, ...flat(item.items)]);
  const seen = new Set<string>();
  let part: Part | null = null;

  const drop = (block: { paragraph: number }, what: string) => log.dropped.push({ paragraph: block.paragraph, what });
  const dropTitle = (block: TitleBlock) => drop(block, `the title "${block.markdown}" (the inspection's title comes from data/inspections.csv)`);
  // A Title before the first heading is the headline when no paragraph is, unless it is the title our own Word copies write.
  const ownTitle = collapse(wordTitle(report));
  const titles: TitleBlock[] = [];
  const settleHeadline = () => {
    const candidate = parts.headline === null ? titles.find((t) => collapse(draft.paragraphs[t.paragraph - 1] ?? '') !== ownTitle) : undefined;
    for (const title of titles) {
      if (title !== candidate) dropTitle(title);
      else {
        parts.headline = figures(title.markdown, title.paragraph);
        log.headlineFromTitle = title.paragraph;
        seen.add('Headline');
      }
    }
    titles.length = 0;
  };
  let section: NarrativeParts['sections'][number] | null = null;
  const concernParagraphs: number[] = [];
  const addToSection = (markdown: string) => {
    if (section) section.body += `${section.body ? '\n\n' : ''}${markdown}`;
  };
  const addConcern = (markdown: string, paragraph: number) => {
    parts.causesOfConcern.push({ concern: figures(markdown, paragraph), recommendations: [] });
    concernParagraphs.push(paragraph);
  };
  const listMarkdown = (items: DraftListItem[], depth = 0): string =>
    items
      .map((item, i) => `${'   '.repeat(depth)}${item.ordered ? `${i + 1}.` : '-'} ${figures(item.markdown, item.paragraph)}${item.items.length ? `\n${listMarkdown(item.items, depth + 1)}` : ''}`)
      .join('\n');
  const recommendation = (item: DraftListItem) => {
    const concern = parts.causesOfConcern.at(-1);
    const { text, due } = readDeadline(figures(item.markdown, item.paragraph));
    if (!concern) return log.errors.push({ paragraph: item.paragraph, message: 'a recommendation comes before any cause of concern: write the concern as a paragraph above its recommendations' });
    if (!due) log.errors.push({ paragraph: item.paragraph, message: `recommendation ${concern.recommendations.length + 1} of cause of concern ${parts.causesOfConcern.length} has no deadline: end it with "Due: immediately", "Due: within three months", "Due: within six months" or "Due: 31 March 2027"` });
    concern.recommendations.push({ text, due: due ?? '' });
  };

  for (const block of draft.blocks) {
    if (block.kind === 'instruction' || (block.kind === 'table' && block.instruction)) {
      log.instructions++;
      continue;
    }
    if (block.kind === 'title') {
      if (part === null) titles.push(block);
      else dropTitle(block);
      continue;
    }
    if (block.kind === 'heading') {
      const named = block.level <= 2 ? partOfHeading(block.text) : undefined;
      if (named) {
        if (part === null) settleHeadline();
        const name = nameOf(named);
        if (seen.has(name)) log.errors.push({ paragraph: block.paragraph, message: `a second "${name}" heading: its text is added to the first` });
        seen.add(name);
        part = named;
        if (named.kind === 'section') {
          section = parts.sections.find((s) => s.heading === named.heading) ?? null;
          if (!section) parts.sections.push((section = { heading: named.heading, body: '' }));
        }
        continue;
      }
      if (part?.kind === 'section') addToSection(`${block.level >= 4 ? '####' : '###'} ${figures(block.markdown, block.paragraph)}`);
      else drop(block, `the heading "${block.text}", which names no part of a report`);
      continue;
    }
    if (part === null) {
      if (block.kind === 'paragraph' && parts.headline === null) {
        parts.headline = figures(block.markdown, block.paragraph);
        seen.add('Headline');
      } else drop(block, 'text before the first heading after the headline');
      continue;
    }
    if (part.kind === 'list') {
      const key = part.key;
      if (block.kind === 'paragraph') parts[key].push(figures(block.markdown, block.paragraph));
      else if (block.kind === 'list') {
        for (const item of flat(block.items)) parts[key].push(figures(item.markdown, item.paragraph));
      } else drop(block, `a table in ${nameOf(part)}, which holds a list`);
    } else if (part.kind === 'concerns') {
      if (block.kind === 'paragraph') addConcern(block.markdown, block.paragraph);
      else if (block.kind === 'list') {
        for (const item of block.items) {
          // A list of concerns, each with its recommendations nested under it; else the recommendations of the concern above.
          if (item.items.length) {
            addConcern(item.markdown, item.paragraph);
            flat(item.items).forEach(recommendation);
          } else recommendation(item);
        }
      } else drop(block, 'a table in Causes of concern, which holds concerns and their recommendations');
    } else if (part.kind === 'section') {
      if (block.kind === 'list') addToSection(listMarkdown(block.items));
      else if (block.kind === 'table') addToSection(markdownTable(block.rows.map((row) => row.map((cell) => figures(cell.markdown, cell.paragraph)))));
      else addToSection(figures(block.markdown, block.paragraph));
    }
  }
  if (part === null) settleHeadline();
  parts.causesOfConcern.forEach((concern, i) => {
    if (!concern.recommendations.length) log.errors.push({ paragraph: concernParagraphs[i] ?? 0, message: `cause of concern ${i + 1} has no recommendations: list them under it, each with its deadline` });
  });
  log.errors.sort((a, b) => a.paragraph - b.paragraph);

  log.found = partNames.filter((name) => seen.has(name));
  log.missing = partNames.filter((name) => !seen.has(name));
  for (const image of draft.images) log.dropped.push({ paragraph: image.paragraph, what: `an image${image.alt ? ` ("${image.alt}")` : ''}: a narrative holds text; the report's charts come from the data` });
  for (const comment of draft.comments) log.dropped.push({ paragraph: comment.paragraph, what: `a comment${comment.author ? ` by ${comment.author}` : ''}: "${comment.text}"` });
  for (const change of draft.trackedChanges) {
    const what = [...change.inserted.map((t) => `inserted "${t}" (accepted)`), ...change.deleted.map((t) => `deleted "${t}" (left out)`)].join(', ');
    log.dropped.push({ paragraph: change.paragraph, what: `a tracked change: ${what}` });
  }
  // mammoth's warnings are mostly styles it does not know; their text is kept as plain paragraphs.
  for (const message of draft.messages) log.dropped.push({ paragraph: null, what: `formatting: ${message} (its text is kept)` });
  log.dropped.sort((a, b) => (a.paragraph ?? Infinity) - (b.paragraph ?? Infinity));
  return { parts, log };
}

function markdownTable(rows: string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n');
}
