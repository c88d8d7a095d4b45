import { describe, expect, it } from 'vitest';
import type { NarrativeDocument } from '../load/loadInputs.ts';
import { parseFrontMatter } from '../load/parseFrontMatter.ts';
import { formatProblem } from '../vocabulary.ts';
import { validateNarrative } from './validateNarrative.ts';

const file = 'content/reports/metropolitan/2018-cdi.md';
const body = '\n## Question 1\n\nText.\n\n## Question 2\n\n## Question 3\n\n## Conclusion\n';

function narrative(text: string): NarrativeDocument {
  const parsed = parseFrontMatter(text, file);
  if (!parsed.doc) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  return { file, force: 'metropolitan', slug: '2018-cdi', text, doc: parsed.doc };
}
const messages = (text: string, known = true) => validateNarrative(narrative(text), known).problems.map(formatProblem);

describe('validateNarrative()', () => {
  it('validateNarrative() accepts front matter and the four sections in order', () => {
    const result = validateNarrative(narrative(`---\nheadline: A headline.\nsummary:\n  - One.\n---\n${body}`), true);
    expect(result.problems).toEqual([]);
    expect(result.narrative).toMatchObject({ frontMatter: { headline: 'A headline.', summary: ['One.'] }, bodyLine: 6, frontMatterLines: { headline: 2, summary: 3 } });
  });

  it('validateNarrative() reports a narrative for an unknown inspection on its first line', () => {
    expect(messages(`---\nsummary: []\n---\n${body}`, false)).toEqual([
      'content/reports/metropolitan/2018-cdi.md:1:1: error: narrative for an unknown inspection "metropolitan/2018-cdi"; add it to data/inspections.csv or rename the file',
    ]);
  });

  it('validateNarrative() reports a misspelt key on its own line, with the keys expected', () => {
    expect(messages(`---\nheadline: A headline.\nsumary:\n  - One.\n---\n${body}`)).toEqual([
      'content/reports/metropolitan/2018-cdi.md:3:1: error: unknown key(s) "sumary"; expected "headline", "summary", "strengths", "areas_for_improvement", "causes_of_concern", "corrections", "draft"',
    ]);
  });

  it('validateNarrative() reports a cause of concern without recommendations, and a bad due, with their lines, counting as a person does and quoting what was typed', () => {
    const text = ['---', 'causes_of_concern:', '  - concern: A concern.', '  - concern: Another.', '    recommendations:', '      - text: Do it.', '        due: next year', '---', body].join('\n');
    expect(messages(text)).toEqual([
      'content/reports/metropolitan/2018-cdi.md:3:1: error: recommendations of cause of concern 1: a cause of concern needs at least one recommendation: a list of entries with "text" and "due"',
      'content/reports/metropolitan/2018-cdi.md:7:1: error: due of recommendation 1 of cause of concern 2: expected "immediately", "within three months", "within six months" or a date YYYY-MM-DD, got "next year"',
    ]);
  });

  it('validateNarrative() reports an unexpected heading and a section out of order with their lines', () => {
    expect(messages('---\nsummary: []\n---\n\n## Questions 1\n\n## Question 2\n\n## Question 1\n')).toEqual([
      'content/reports/metropolitan/2018-cdi.md:5:1: error: unexpected heading "## Questions 1"; sections are "## Question 1", "## Question 2", "## Question 3", "## Conclusion" (use ### inside them)',
      'content/reports/metropolitan/2018-cdi.md:9:1: error: "## Question 1" is out of order or repeated; sections go Question 1, Question 2, Question 3, Conclusion',
    ]);
  });

  it('validateNarrative() says to quote a list item that YAML read as a key and a value because of a colon', () => {
    expect(messages(`---\nstrengths:\n  - Prompt feedback.\n  - Training: call handlers know the rules.\n---\n${body}`)).toEqual([
      'content/reports/metropolitan/2018-cdi.md:4:1: error: strength 2: expected text, got "Training: call handlers know the rules.", which reads as a key and a value because of the colon after "Training"; put the whole text in quotes: "Training: call handlers know the rules."',
    ]);
  });
});
