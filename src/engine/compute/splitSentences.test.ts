import { describe, expect, it } from 'vitest';
import { splitSentences } from './splitSentences.ts';

describe('splitSentences(paragraph)', () => {
  it('splits at a full stop, question or exclamation mark before the next sentence, with single spaces', () => {
    expect(splitSentences('The force improved.  It records more.\nIs it enough? Not yet!')).toEqual(['The force improved.', 'It records more.', 'Is it enough?', 'Not yet!']);
  });

  it('keeps a closing quote or bracket with its sentence, and starts one at a placeholder, digit or quote', () => {
    expect(splitSentences('Staff said it was “clear.” {{overall.rate}} was recorded. 12 officers work there. (All of them.) “Good,” they said.')).toEqual([
      'Staff said it was “clear.”',
      '{{overall.rate}} was recorded.',
      '12 officers work there.',
      '(All of them.)',
      '“Good,” they said.',
    ]);
  });

  it('does not split at a decimal point, a placeholder’s dot or an abbreviation before a small letter', () => {
    expect(splitSentences('It recorded 88.5% of crimes ({{violence.ci}}), e.g. most violence.')).toEqual(['It recorded 88.5% of crimes ({{violence.ci}}), e.g. most violence.']);
  });

  it('has no sentence in blank text', () => {
    expect(splitSentences('  \n ')).toEqual([]);
  });
});
