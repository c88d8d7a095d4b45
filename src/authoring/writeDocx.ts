import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type Token from 'markdown-it/lib/token.mjs';
import { markdown } from '../engine/compute/markdown.ts';
import { formatDate } from '../engine/compute/format.ts';
import type { NarrativeParts } from './narrativeFile.ts';
import { instructionStyle } from './readDocx.ts';
import { readDeadline } from './readDeadline.ts';

/** What a Word copy of a narrative says around it: a template's instructions and figures, or a review copy's note. */
export interface DocxOptions {
  title: string;
  /** Custom document properties, e.g. the inspection and the fingerprint of the narrative it was made from. */
  properties: Record<string, string>;
  /** Instructions to the writer in the template's instruction style, which the import leaves out; by part name. */
  instructions?: Readonly<Record<string, string>>;
  /** A table of the inspection's figures (one row per measure, a line per placeholder and its value now), in the instruction style. */
  figures?: readonly { label: string; placeholders: string[]; values: string[] }[];
}

const font = 'Arial';
const ordered = 'ordered';

/**
 * A narrative as a Word document with the headings that `npm run import` reads back: the headline as the first
 * paragraph, a Heading 1 per part, list parts as bullets, each cause of concern a paragraph with its
 * recommendations as bullets ending "Due: …", and the sections' markdown (bold, italic, links, lists, tables).
 */
export async function writeDocx(parts: NarrativeParts, options: DocxOptions): Promise<Buffer> {
  let lists = 0;
  const instruction = (name: string) => (options.instructions?.[name] ? [new Paragraph({ text: options.instructions[name], style: instructionStyle })] : []);
  const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
  const bullets = (items: readonly string[]) => items.map((item) => new Paragraph({ children: inline(item), bullet: { level: 0 } }));
  const due = (text: string) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? formatDate(text) : text);

  const body = (source: string): (Paragraph | Table)[] => {
    const out: (Paragraph | Table)[] = [];
    const tokens = markdown.parse(source, {});
    const stack: { ordered: boolean; instance: number }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') stack.push({ ordered: token.type === 'ordered_list_open', instance: ++lists });
      else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') stack.pop();
      else if (token.type === 'heading_open') {
        out.push(new Paragraph({ children: inline(tokens[i + 1]?.content ?? ''), heading: token.tag === 'h3' ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4 }));
        i += 2;
      } else if (token.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open') {
        const list = stack.at(-1);
        const level = stack.length - 1;
        out.push(
          new Paragraph({
            children: inline(token.content),
            ...(list ? (list.ordered ? { numbering: { reference: ordered, level, instance: list.instance } } : { bullet: { level } }) : {}),
          }),
        );
      } else if (token.type === 'table_open') {
        const rows: string[][] = [];
        for (i++; tokens[i] && tokens[i]?.type !== 'table_close'; i++) {
          const t = tokens[i] as Token;
          if (t.type === 'tr_open') rows.push([]);
          if (t.type === 'inline') rows.at(-1)?.push(t.content);
        }
        out.push(table(rows.map((row) => row.map((cell) => [new Paragraph({ children: inline(cell) })]))));
      }
    }
    return out;
  };

  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: options.title, heading: HeadingLevel.TITLE }),
    ...instruction('Document'),
    ...instruction('Headline'),
    ...(parts.headline === null ? [] : [new Paragraph({ children: inline(parts.headline) })]),
    heading('Summary'),
    ...instruction('Summary'),
    ...bullets(parts.summary),
    heading('Strengths'),
    ...instruction('Strengths'),
    ...bullets(parts.strengths),
    heading('Areas for improvement'),
    ...instruction('Areas for improvement'),
    ...bullets(parts.areasForImprovement),
    heading('Causes of concern'),
    ...instruction('Causes of concern'),
    // A deadline that the recommendation's wording already gives ("The force should immediately …") is not repeated.
    ...parts.causesOfConcern.flatMap((c) => [
      new Paragraph({ children: inline(c.concern) }),
      ...bullets(c.recommendations.map((r) => (readDeadline(r.text).due === r.due ? r.text : `${r.text} Due: ${due(r.due)}.`))),
    ]),
    ...parts.sections.flatMap((s) => [heading(s.heading), ...instruction(s.heading), ...body(s.body)]),
    ...(options.figures?.length
      ? [
          ...instruction('Figures'),
          table(
            [{ label: 'Figure', placeholders: ['Placeholder'], values: ['Value now'] }, ...options.figures].map((f) =>
              [[f.label], f.placeholders, f.values].map((lines) => lines.map((line) => new Paragraph({ text: line, style: instructionStyle, spacing: { after: 0 } }))),
            ),
            [34, 42, 24],
          ),
        ]
      : []),
  ];

  const document = new Document({
    creator: 'cdi-reports',
    title: options.title,
    customProperties: Object.entries(options.properties).map(([name, value]) => ({ name, value })),
    styles: {
      default: {
        document: { run: { font, size: 22 }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font, size: 32, color: '1F3864' }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading3: { run: { font, size: 24, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 80 } } },
      },
      paragraphStyles: [{ id: instructionStyle, name: instructionStyle, basedOn: 'Normal', run: { italics: true, color: '505050' }, paragraph: { spacing: { after: 120 } } }],
    },
    numbering: { config: [{ reference: ordered, levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, indent: { left: 720 * (level + 1), hanging: 360 } })) }] },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

/** A table whose first row is its header; each cell holds one or more paragraphs; widths in percent of the page. */
function table(rows: Paragraph[][][], widths?: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(widths ? { columnWidths: widths.map((w) => Math.round(w * 90)) } : {}),
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: cells.map((children, c) => new TableCell({ children, ...(widths ? { width: { size: widths[c] ?? 0, type: WidthType.PERCENTAGE } } : {}) })),
        }),
    ),
  });
}

/** Inline markdown (bold, italic, links, code) as Word runs. */
function inline(source: string): ParagraphChild[] {
  const tokens = markdown.parseInline(source, {})[0]?.children ?? [];
  const out: ParagraphChild[] = [];
  let bold = false;
  let italics = false;
  let link: { href: string; runs: TextRun[] } | null = null;
  const add = (text: string) => {
    const run = new TextRun({ text, bold, italics, ...(link ? { style: 'Hyperlink' } : {}) });
    if (link) link.runs.push(run);
    else out.push(run);
  };
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline') add(token.content);
    else if (token.type === 'softbreak' || token.type === 'hardbreak') add(' ');
    else if (token.type === 'strong_open' || token.type === 'strong_close') bold = token.type === 'strong_open';
    else if (token.type === 'em_open' || token.type === 'em_close') italics = token.type === 'em_open';
    else if (token.type === 'link_open') link = { href: String(token.attrGet('href') ?? ''), runs: [] };
    else if (token.type === 'link_close' && link) {
      out.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
      link = null;
    }
  }
  return out;
}
