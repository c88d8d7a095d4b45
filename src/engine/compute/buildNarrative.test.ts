import { describe, expect, it } from 'vitest';
import { firstSentence } from './buildNarrative.ts';

describe('firstSentence', () => {
  it('firstSentence(text) ends at the first full stop followed by a space, never inside a placeholder', () => {
    expect(firstSentence('The force recorded {{overall.rate}} of crime. It is graded good.')).toBe('The force recorded {{overall.rate}} of crime.');
  });

  it('firstSentence(text) keeps a decimal point and a closing quote or bracket inside the sentence', () => {
    expect(firstSentence('It recorded 87.6% (of 524 crimes). Then more.')).toBe('It recorded 87.6% (of 524 crimes).');
    expect(firstSentence('Inspectors called it “a real improvement.” It is graded good.')).toBe('Inspectors called it “a real improvement.”');
  });

  it('firstSentence(text) is the whole trimmed text when it has a single sentence, with or without its stop', () => {
    expect(firstSentence('  One sentence only!  ')).toBe('One sentence only!');
    expect(firstSentence('No stop at all')).toBe('No stop at all');
  });
});
