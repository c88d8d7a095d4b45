import { describe, expect, it } from 'vitest';
import { formatProblem } from '../vocabulary.ts';
import { parseFrontMatter } from './parseFrontMatter.ts';

const file = 'content/reports/metropolitan/2018-cdi.md';
const parse = (text: string) => parseFrontMatter(text, file);
const messages = (text: string) => parse(text).problems.map(formatProblem);

describe('parseFrontMatter()', () => {
  it('parseFrontMatter() splits the YAML from the body and knows the body\'s first line', () => {
    const { doc, problems } = parse('---\nheadline: A.\nsummary:\n  - One.\n---\n## Question 1\n');
    expect(problems).toEqual([]);
    expect(doc?.data).toEqual({ headline: 'A.', summary: ['One.'] });
    expect(doc?.body).toBe('## Question 1\n');
    expect(doc?.bodyLine).toBe(6);
  });

  it('parseFrontMatter() finds the line of a key, of a list item, and of a key missing from its map', () => {
    const doc = parse('---\nheadline: A.\nsummary:\n  - One.\n  - Two.\ncauses_of_concern:\n  - concern: C.\n---\n').doc;
    expect(doc?.lineOf(['summary'])).toBe(3);
    expect(doc?.lineOf(['summary', 1])).toBe(5);
    expect(doc?.lineOf(['causes_of_concern', 0, 'recommendations'])).toBe(7);
  });

  it('parseFrontMatter() reads Windows line endings', () => {
    expect(parse('---\r\nheadline: A.\r\n---\r\n## Question 1\r\n').doc?.data).toEqual({ headline: 'A.' });
  });

  it('parseFrontMatter() reports a file without front matter on line 1', () => {
    expect(messages('## Question 1\n')).toEqual([`${file}:1:1: error: expected the file to start with front matter between two "---" lines`]);
  });

  it('parseFrontMatter() reports bad indentation at the file\'s line, not the YAML\'s', () => {
    const [first] = messages('---\nstrengths:\n  - One.\n - Two.\n---\n');
    expect(first).toMatch(new RegExp(`^${file}:4:\\d+: error: front matter is not valid YAML: `));
    expect(first).not.toMatch(/at line \d/);
  });

  it('parseFrontMatter() reports an unclosed quote on the line where it opens', () => {
    expect(messages('---\nheadline: A.\nsummary:\n  - "One.\nstrengths:\n  - Two.\n---\n')).toEqual([
      `${file}:4:1: error: front matter is not valid YAML: Missing closing "quote: the quote opened on this line is never closed`,
    ]);
  });

  it('parseFrontMatter() reports a repeated key', () => {
    expect(messages('---\nsummary: []\nsummary: []\n---\n')[0]).toMatch(new RegExp(`^${file}:3:\\d+: error: front matter is not valid YAML: Map keys must be unique`));
  });

  it('parseFrontMatter() says to quote a text holding a colon that YAML reads as a key, on its line', () => {
    expect(messages('---\ncauses_of_concern:\n  - concern: A concern.\n    recommendations:\n      - text: Training: call handlers must know the rules.\n        due: immediately\n---\n')).toEqual([
      `${file}:5:15: error: front matter is not valid YAML: Nested mappings are not allowed in compact mappings; a colon followed by a space inside a text starts a key: put the whole text after the first colon in quotes ("…")`,
    ]);
  });
});
