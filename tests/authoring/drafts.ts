/**
 * Word drafts for the import tests, built with the same library that writes the template (docx), as an
 * inspector's Word would save them: headings in either level and spelling, lists, comments, tracked changes,
 * an image and a table. The figures are those of westvale/2026-cdi in tests/fixtures/word/project.
 */
import { Resvg } from '@resvg/resvg-js';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ParagraphChild,
} from 'docx';

type Run = string | ParagraphChild;
const runs = (parts: Run[]) => parts.map((part) => (typeof part === 'string' ? new TextRun(part) : part));
const p = (...parts: Run[]) => new Paragraph({ children: runs(parts) });
const heading = (level: 1 | 2 | 3, text: string) => new Paragraph({ text, heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1] });
const title = (text: string) => new Paragraph({ text, heading: HeadingLevel.TITLE });
const bullet = (text: string, level = 0) => new Paragraph({ children: runs([text]), bullet: { level } });
const numbered = (text: string, instance: number) => new Paragraph({ children: runs([text]), numbering: { reference: 'numbered', level: 0, instance } });
const bold = (text: string) => new TextRun({ text, bold: true });
const italic = (text: string) => new TextRun({ text, italics: true });
const table = (rows: string[][]) => new Table({ rows: rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [p(cell)] })) })) });
const image = () => {
  const data = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#1d70b8"/></svg>').render().asPng();
  return new ImageRun({ type: 'png', data, transformation: { width: 40, height: 20 }, altText: { name: 'chart', title: 'Chart', description: 'Recording rates by crime type' } });
};
const tracked = { author: 'A Reviewer', date: '2026-11-20T09:00:00Z' };

const document = (children: (Paragraph | Table)[], comment: string) =>
  Packer.toBuffer(
    new Document({
      comments: { children: [{ id: 0, author: 'A Reviewer', initials: 'AR', children: [p(comment)] }] },
      numbering: { config: [{ reference: 'numbered', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
      styles: { paragraphStyles: [{ id: 'PullQuote', name: 'Pull Quote', run: { italics: true } }] },
      sections: [{ children }],
    }),
  );

/** Every heading variant and every written form of a figure, one figure contradicting the data, a comment, tracked changes, an image and a table. */
export function draftWithEveryForm(): Promise<Buffer> {
  return document(
    [
      title('Westvale Police: crime data integrity 2026'),
      p('Westvale Police recorded 91.2% of the crimes reported to it, so ', bold('over 5,100'), ' crimes a year go unrecorded.'),
      heading(1, 'SUMMARY'),
      bullet('The force recorded 91.2 per cent of crimes (±1.5 percentage points).'),
      bullet('Violence: 88.4\u00a0per cent, with approximately 6,700 violent crimes a year unrecorded.'),
      bullet('It recorded 905 of 1,000 domestic abuse crimes.'),
      heading(2, 'Strengths:'),
      p('Supervisors check ', italic('every'), ' decision.'),
      bullet('The force’s “crime hub” works well.'),
      heading(1, 'Areas for Improvement'),
      bullet('The force should record every crime within 24 hours.'),
      heading(2, 'Causes of concern.'),
      p('The force does not record enough violent crime.'),
      bullet('The force should immediately review how it records violence.'),
      bullet('The force should train its call handlers. Due: within three months.'),
      bullet('The force should review its audit plan (by 31 March 2027).'),
      bullet('The force should report its progress to the inspectorate by 30/06/2027.'),
      heading(1, 'Question 1: How well does the force record crime?'),
      p('Inspectors audited 1,180 reports made between 1 January and 30 June 2026. The force recorded 91.2 percent of crimes, with a confidence interval of ±1.5%. Violent crime was recorded less well, ±2.0 percentage points either way.'),
      p('In all, 92.1% of crimes were recorded.'),
      p(
        new CommentRangeStart(0),
        'Twelve officers, 12 in all, have worked in the crime hub since 2019',
        new CommentRangeEnd(0),
        new TextRun({ children: [new CommentReference(0)] }),
        new InsertedTextRun({ text: ', and morale is good', id: 1, ...tracked }),
        new DeletedTextRun({ text: ', sadly', id: 2, ...tracked }),
        '.',
      ),
      heading(3, 'Rape'),
      p('It recorded 47 of 52 reports of rape; the interval is 1.5 percentage points.'),
      numbered('Calls are logged.', 1),
      numbered('Crimes are recorded.', 1),
      table([
        ['Crime type', 'Recorded'],
        ['All crime', '91.2%'],
        ['Violence', '88.4%'],
      ]),
      p(image()),
      p('See the ', new ExternalHyperlink({ link: 'https://example.org/method', children: [new TextRun('methodology')] }), '.'),
      heading(2, 'question 2'),
      p('Systems are sound; 3 of the 20 staff interviewed were unsure of the rules.'),
      heading(1, 'Question 3 : Leadership and culture'),
      p('Leaders set a clear tone.'),
      heading(2, 'Conclusion'),
      p('In 2026 the force changed a lot: about 91% of crimes are now recorded.'),
    ],
    'Is this figure right?',
  );
}

/**
 * A draft written by someone else, not from the template: its own order (questions first), Heading 1 and Heading 2
 * for the sections, bulleted lists, "per cent" and "%" both, a non-breaking space before "per cent", curly quotes,
 * causes of concern as a numbered list with the recommendations under each, one figure contradicting the data,
 * a table, an image and a paragraph style of its own; no Question 3 and no Conclusion.
 */
export function draftBySomeoneElse(): Promise<Buffer> {
  return document(
    [
      title('Crime Data Integrity – Westvale Police (draft v3)'),
      p('Westvale Police records most crime correctly: 91.2\u00a0per cent of the crimes reported to it. It is graded “requires improvement”.'),
      heading(1, 'Question 1'),
      p('The force recorded 91.2% of crimes, with a 95% confidence interval of ±1.5 percentage points, and fails to record over 5,100 crimes a year.'),
      p('Violent crime fared worse: 88.4 per cent was recorded, and approximately 6,700 violent crimes a year were not.'),
      p('In all, 93.0 per cent of crimes were recorded, the inspectors’ “headline” figure.'),
      table([
        ['Crime type', 'Recorded', 'Interval'],
        ['All crime', '91.2%', '±1.5'],
        ['Domestic abuse', '905 of 1,000', ''],
      ]),
      p(image()),
      heading(2, 'Question 2: Systems and processes'),
      p(new CommentRangeStart(0), 'The crime registrar checks decisions daily.', new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })),
      new Paragraph({ text: 'Staff told us that the rules are clear.', style: 'PullQuote' }),
      heading(1, 'Summary'),
      bullet('Most crime is recorded correctly.'),
      bullet('Violence is recorded less well.'),
      heading(2, 'Strengths'),
      bullet('Staff know the “victim first” rule.'),
      heading(2, 'Areas for improvement'),
      bullet('The force should record crimes reported by professionals.'),
      heading(1, 'Causes of concern'),
      new Paragraph({ children: runs(['Violent crime is under-recorded.']), numbering: { reference: 'numbered', level: 0 } }),
      bullet('The force should immediately review how it records violence.', 1),
      bullet('The force should audit violence recording within six months.', 1),
    ],
    'Should we name the registrar?',
  );
}

/** A short draft of a Title, a Summary and, as `order` says, a headline paragraph, in that order or another. */
export function draftWithTitle(text: string, order: readonly ('title' | 'headline' | 'summary')[]): Promise<Buffer> {
  const blocks = {
    title: [title(text)],
    headline: [p('Westvale Police records most crime correctly.')],
    summary: [heading(1, 'Summary'), bullet('Most crime is recorded correctly.')],
  };
  return document(order.flatMap((part) => blocks[part]), 'A comment that no paragraph refers to.');
}
