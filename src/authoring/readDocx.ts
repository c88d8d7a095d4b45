import JSZip from 'jszip';
import { DOMParser, parseHTML } from 'linkedom';
import mammoth from 'mammoth';

/*
 * Reads a Word document (.docx) into blocks of markdown, with what markdown cannot carry listed apart:
 * comments, images, tracked changes and the paragraphs written in the template's instruction style.
 * mammoth reads the document (accepting tracked insertions, ignoring deletions); the tracked changes
 * themselves are read from the document's XML so that they can be reported, not silently applied.
 */

/** One list item: its markdown and its nested list, if any. */
export interface DraftListItem {
  paragraph: number;
  markdown: string;
  ordered: boolean;
  items: DraftListItem[];
}

export type DraftBlock =
  | { kind: 'title' | 'instruction' | 'paragraph'; paragraph: number; markdown: string }
  | { kind: 'heading'; paragraph: number; level: number; text: string; markdown: string }
  | { kind: 'list'; paragraph: number; ordered: boolean; items: DraftListItem[] }
  | { kind: 'table'; paragraph: number; rows: { paragraph: number; markdown: string }[][]; instruction: boolean };

export interface DraftDocument {
  blocks: DraftBlock[];
  /** Every paragraph's plain text by its number (1-based, counting headings, list items and table cells), for messages. */
  paragraphs: string[];
  comments: { paragraph: number | null; author: string; text: string }[];
  images: { paragraph: number; alt: string }[];
  trackedChanges: { paragraph: number | null; inserted: string[]; deleted: string[] }[];
  /** The document's custom properties, e.g. the fingerprint of the narrative a template or review copy was made from. */
  properties: Record<string, string>;
  /** mammoth's own warnings, e.g. a style it does not know. */
  messages: string[];
}

/** The paragraph style whose paragraphs are instructions to the writer, left out on import. */
export const instructionStyle = 'Instruction';

const styleMap = [
  'comment-reference => sup',
  `p[style-name='${instructionStyle}'] => p.instruction:fresh`,
  "p[style-name='Title'] => p.title:fresh",
];

export async function readDocx(buffer: Buffer): Promise<DraftDocument> {
  const images: { paragraph: number; alt: string }[] = [];
  const converted = await mammoth.convertToHtml(
    { buffer },
    // Images are not carried into the narrative: keep their alt text to report them, not their bytes.
    { styleMap, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
  );
  const { document } = parseHTML(`<!doctype html><html><body>${converted.value}</body></html>`);
  const paragraphs: string[] = [];
  const commentAt = new Map<string, number>();
  let current = 0;
  const next = (node: Element) => {
    paragraphs.push(plainText(node));
    current = paragraphs.length;
    return current;
  };

  const inline = (node: Node): string => {
    let out = '';
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        out += escapeMarkdown(child.textContent ?? '');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.tagName.toLowerCase();
      const commentLink = element.querySelector?.('a[href^="#comment-"]');
      if (tag === 'sup' && commentLink) {
        commentAt.set((commentLink.getAttribute('href') ?? '').slice(1), current);
      } else if (tag === 'img') {
        images.push({ paragraph: current, alt: element.getAttribute('alt') ?? '' });
      } else if (tag === 'strong' || tag === 'b') out += wrap('**', inline(element));
      else if (tag === 'em' || tag === 'i') out += wrap('*', inline(element));
      else if (tag === 'a') {
        const href = element.getAttribute('href') ?? '';
        const text = inline(element);
        out += /^(https?:|mailto:)/i.test(href) && text.trim() ? `[${text}](${href.replaceAll(' ', '%20').replaceAll(')', '%29')})` : text;
      } else if (tag === 'br') out += ' ';
      else out += inline(element);
    }
    return out;
  };
  const text = (node: Node) => startOfBlock(inline(node).replace(/\s+/g, ' ').trim());

  const list = (element: Element): DraftListItem[] =>
    Array.from(element.children)
      .filter((li) => li.tagName.toLowerCase() === 'li')
      .map((li) => {
        const nested = Array.from(li.children).filter((c) => ['ul', 'ol'].includes(c.tagName.toLowerCase()));
        for (const n of nested) n.remove();
        const item: DraftListItem = { paragraph: next(li), markdown: text(li), ordered: element.tagName.toLowerCase() === 'ol', items: [] };
        item.items = nested.flatMap(list);
        return item;
      });

  const blocks: DraftBlock[] = [];
  const comments: DraftDocument['comments'] = [];
  for (const element of Array.from(document.body.children)) {
    const tag = element.tagName.toLowerCase();
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      const paragraph = next(element);
      blocks.push({ kind: 'heading', paragraph, level: Number(heading[1]), text: plainText(element), markdown: text(element) });
    } else if (tag === 'p') {
      const paragraph = next(element);
      const kind = element.classList.contains('instruction') ? 'instruction' : element.classList.contains('title') ? 'title' : 'paragraph';
      const markdown = text(element);
      if (markdown) blocks.push({ kind, paragraph, markdown });
    } else if (tag === 'ul' || tag === 'ol') {
      const first = paragraphs.length + 1;
      blocks.push({ kind: 'list', paragraph: first, ordered: tag === 'ol', items: list(element) });
    } else if (tag === 'table') {
      const first = paragraphs.length + 1;
      const cellParagraphs = Array.from(element.querySelectorAll('td p, th p'));
      const rows = Array.from(element.querySelectorAll('tr')).map((tr) =>
        Array.from(tr.children).map((cell) => {
          const ps = Array.from(cell.querySelectorAll('p'));
          const cellParagraph = paragraphs.length + 1;
          return { paragraph: cellParagraph, markdown: (ps.length ? ps : [cell]).map((p) => (next(p), text(p))).filter(Boolean).join(' ').replaceAll('|', '\\|') };
        }),
      );
      const instruction = cellParagraphs.length > 0 && cellParagraphs.every((p) => p.classList.contains('instruction'));
      blocks.push({ kind: 'table', paragraph: first, rows, instruction });
    } else if (tag === 'dl') {
      // mammoth appends comments at the end: <dt id="comment-0">Comment [AR1]</dt><dd><p>text ↑</p></dd>.
      for (const dt of Array.from(element.querySelectorAll('dt'))) {
        const dd = dt.nextElementSibling;
        dd?.querySelectorAll('a[href^="#comment-ref-"]').forEach((a) => a.remove());
        comments.push({ paragraph: commentAt.get(dt.getAttribute('id') ?? '') ?? null, author: /\[([^\]]*?)\d*\]/.exec(dt.textContent ?? '')?.[1] ?? '', text: (dd?.textContent ?? '').replace(/\s+/g, ' ').trim() });
      }
    } else blocks.push({ kind: 'paragraph', paragraph: next(element), markdown: text(element) });
  }

  const zip = await JSZip.loadAsync(buffer);
  return {
    blocks,
    paragraphs,
    comments,
    images,
    trackedChanges: trackedChanges(await zip.file('word/document.xml')?.async('string'), paragraphs),
    properties: customProperties(await zip.file('docProps/custom.xml')?.async('string')),
    messages: converted.messages.map((m) => m.message),
  };
}

const xml = (text: string) => new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
/** Text with its runs of white space as one space, as the reader holds every paragraph's plain text. */
export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Each paragraph with tracked insertions or deletions, found by its accepted text among the paragraphs read. */
function trackedChanges(documentXml: string | undefined, paragraphs: readonly string[]): DraftDocument['trackedChanges'] {
  if (!documentXml) return [];
  const changes: DraftDocument['trackedChanges'] = [];
  const texts = (parent: Element, tag: string) => Array.from(parent.getElementsByTagName(tag)).map((t) => t.textContent ?? '');
  for (const p of Array.from(xml(documentXml).getElementsByTagName('w:p'))) {
    const inserted = Array.from(p.getElementsByTagName('w:ins')).map((ins) => texts(ins, 'w:t').join('')).filter((t) => t.trim());
    const deleted = Array.from(p.getElementsByTagName('w:del')).map((del) => texts(del, 'w:delText').join('')).filter((t) => t.trim());
    if (!inserted.length && !deleted.length) continue;
    const accepted = collapse(texts(p, 'w:t').join(''));
    const index = paragraphs.findIndex((text) => collapse(text) === accepted);
    changes.push({ paragraph: index >= 0 ? index + 1 : null, inserted, deleted });
  }
  return changes;
}

function customProperties(customXml: string | undefined): Record<string, string> {
  if (!customXml) return {};
  return Object.fromEntries(
    Array.from(xml(customXml).getElementsByTagName('property')).map((p) => [p.getAttribute('name') ?? '', collapse(p.textContent ?? '')]),
  );
}

/** A paragraph's text as a reader sees it, without comment marks. */
function plainText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('sup').forEach((sup) => sup.querySelector('a[href^="#comment-"]') && sup.remove());
  return collapse(copy.textContent ?? '');
}

/** Emphasis markers hug the text: "<em> italic</em>" becomes " *italic*", as markdown needs. */
function wrap(marker: string, inner: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner);
  const [, before = '', core = '', after = ''] = match ?? [];
  return core ? `${before}${marker}${core}${marker}${after}` : inner;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]]/g, (c) => `\\${c}`);
}

/** Text that would start a heading, quote, list or rule in markdown is escaped at the start of a block. */
function startOfBlock(text: string): string {
  return text.replace(/^([#>+-])/, '\\$1').replace(/^(\d+)([.)])(?=\s)/, '$1\\$2');
}
