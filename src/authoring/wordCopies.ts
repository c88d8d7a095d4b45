import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure } from '../engine/compute/model.ts';
import { placeholderFields, resolvePlaceholders } from '../engine/compute/resolvePlaceholders.ts';
import { findMeasure } from '../engine/vocabulary.ts';
import { docxProperties } from './importDraft.ts';
import { inspectionReport } from './inspectionReport.ts';
import { fingerprint, readNarrative, type NarrativeParts } from './narrativeFile.ts';
import { wordTitle } from './wordTitle.ts';
import { writeDocx } from './writeDocx.ts';

/** The template's instructions, by part: short, and in the instruction style that the import leaves out. */
const instructions: Readonly<Record<string, string>> = {
  Document:
    'How to use this template: write under each heading and keep the headings as they are (Heading 1 or Heading 2). Type figures as the report prints them (91.2%, 91.2 per cent, over 5,100, 912 of 1,000, ±1.5 percentage points) or as the placeholders in the table at the end; npm run import turns every figure into its placeholder and reports any figure that contradicts the data. Text in this grey italic style is an instruction: the import leaves it out. Images are not imported; comments and tracked changes are listed (insertions accepted, deletions left out).',
  Headline: 'Headline: the one paragraph below opens the report. Say what the force does well, what it must improve, and its grade.',
  Summary: 'One bullet per finding, in plain English.',
  Strengths: 'One bullet per thing the force does well.',
  'Areas for improvement': 'One bullet per area, each starting "The force should …".',
  'Causes of concern':
    'Each cause of concern is a paragraph, followed by its recommendations as bullets. End each recommendation with its deadline: "Due: immediately", "Due: within three months", "Due: within six months" or "Due: 31 March 2027".',
  'Question 1': 'How well does the force record the crimes reported to it? Use Heading 3 for sub-headings; lists and tables are kept.',
  'Question 2': 'Describe the systems and processes that support crime recording.',
  'Question 3': 'Describe the leadership and culture of the force.',
  Conclusion: 'Sum up the findings.',
  Figures: 'The figures of this inspection and their placeholders (this table is an instruction: the import leaves it out).',
};

const read = (root: string, key: string) => {
  const { report, narrativeFile } = inspectionReport(root, key);
  const text = readFileSync(join(root, narrativeFile), 'utf8');
  return { report, narrativeFile, text, parts: readNarrative(text, narrativeFile).parts };
};

/** A figure's placeholders, each with its value now ("not yet published" while the figure is pending). */
function placeholders(figure: Figure): { label: string; placeholders: string[]; values: string[] } {
  const measure = findMeasure(figure.measure);
  const label = measure?.label ?? figure.measure;
  const fields = figure.pending
    ? figure.shape === 'proportion'
      ? ['rate', 'of', ...(measure?.audited ? ['ci', 'over'] : [])]
      : ['count']
    : Object.keys(placeholderFields).filter((field) => placeholderFields[field as keyof typeof placeholderFields](figure) !== undefined);
  return {
    label,
    placeholders: fields.map((field) => `{{${figure.measure}.${field}}}`),
    values: fields.map((field) => (figure.pending ? 'not yet published' : (placeholderFields[field as keyof typeof placeholderFields](figure) ?? ''))),
  };
}

/** `npm run new -- … --docx`: the narrative as a Word template, with instructions and the table of the inspection's figures. */
export async function wordTemplate(root: string, key: string): Promise<Buffer> {
  const { report, text, parts } = read(root, key);
  return writeDocx(parts, {
    title: wordTitle(report),
    properties: { [docxProperties.inspection]: key, [docxProperties.fingerprint]: fingerprint(text) },
    instructions,
    figures: report.figures.flatMap(placeholders),
  });
}

/** The narrative's parts with every placeholder filled in from the data, as a reader of the report sees them. */
export function filledNarrative(root: string, key: string): { parts: NarrativeParts; text: string; title: string } {
  const { report, narrativeFile, text, parts } = read(root, key);
  const figures = new Map(report.figures.map((f) => [f.measure, f]));
  const fill = (s: string) => resolvePlaceholders(s, { figures, grades: report.grades }, narrativeFile, 1).text;
  return {
    text,
    title: wordTitle(report),
    parts: {
      headline: parts.headline === null ? null : fill(parts.headline),
      summary: parts.summary.map(fill),
      strengths: parts.strengths.map(fill),
      areasForImprovement: parts.areasForImprovement.map(fill),
      causesOfConcern: parts.causesOfConcern.map((c) => ({ concern: fill(c.concern), recommendations: c.recommendations.map((r) => ({ text: fill(r.text), due: r.due })) })),
      sections: parts.sections.map((s) => ({ heading: s.heading, body: fill(s.body) })),
    },
  };
}

/** `npm run export -- <force>/<slug> --docx`: the narrative with its figures filled in, for reviewers. */
export async function reviewCopy(root: string, key: string, now: Date = new Date()): Promise<Buffer> {
  const { parts, text, title } = filledNarrative(root, key);
  return writeDocx(parts, {
    title,
    properties: { [docxProperties.inspection]: key, [docxProperties.fingerprint]: fingerprint(text) },
    instructions: {
      Document: `Review copy made on ${now.toISOString().slice(0, 10)}: the narrative with its figures filled in from the data. Comment and track changes here; npm run import -- <this file> ${key} takes the changes back into the narrative, turning figures into placeholders again.`,
    },
  });
}
