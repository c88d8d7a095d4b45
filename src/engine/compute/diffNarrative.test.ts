import { describe, expect, it } from 'vitest';
import { diffNarrative } from './diffNarrative.ts';
import type { NarrativePart } from './narrativeParts.ts';

const part = (name: string, ...sentences: string[]): NarrativePart => ({ part: name, sentences });
const none = new Set<string>();

describe('diffNarrative(before, after, changedFigures)', () => {
  it('finds nothing in an unchanged narrative', () => {
    const text = [part('headline', 'The force records {{overall.rate}} of crime.'), part('## Conclusion', 'Done.')];
    expect(diffNarrative(text, text, none)).toEqual([]);
  });

  it('lists an added and a removed sentence in their part', () => {
    const before = [part('## Question 1', 'First.', 'Gone now.', 'Last.')];
    const after = [part('## Question 1', 'First.', 'Last.', 'A new closing remark.')];
    expect(diffNarrative(before, after, none)).toEqual([
      { part: '## Question 1', kind: 'removed', text: 'Gone now.' },
      { part: '## Question 1', kind: 'added', text: 'A new closing remark.' },
    ]);
  });

  it('gives a reworded sentence as changed, with the words that went and came, and unlike ones as removed and added', () => {
    const before = [part('summary', 'The force records most violent crime well.', 'Staff are trained.')];
    const after = [part('summary', 'The force records most violent crime badly.', 'Leaders set a clear tone.')];
    expect(diffNarrative(before, after, none)).toEqual([
      {
        part: 'summary',
        kind: 'changed',
        before: 'The force records most violent crime well.',
        after: 'The force records most violent crime badly.',
        words: [
          { op: 'same', text: 'The force records most violent crime' },
          { op: 'removed', text: 'well.' },
          { op: 'added', text: 'badly.' },
        ],
      },
      { part: 'summary', kind: 'removed', text: 'Staff are trained.' },
      { part: 'summary', kind: 'added', text: 'Leaders set a clear tone.' },
    ]);
  });

  it('lists a part the narrative gained or lost whole, the lost ones last', () => {
    expect(diffNarrative([part('strengths', 'Good feedback.')], [part('## Conclusion', 'Done.')], none)).toEqual([
      { part: '## Conclusion', kind: 'added', text: 'Done.' },
      { part: 'strengths', kind: 'removed', text: 'Good feedback.' },
    ]);
  });

  it('lists a sentence worded as before whose placeholder names a changed figure, with that figure’s measure', () => {
    const text = [part('headline', 'It records {{overall.rate}} of crime ({{overall.ci}}) and {{rape.of}} rapes.', 'It must improve.')];
    expect(diffNarrative(text, text, new Set(['overall', 'violence']))).toEqual([
      { part: 'headline', kind: 'figure', text: 'It records {{overall.rate}} of crime ({{overall.ci}}) and {{rape.of}} rapes.', measures: ['overall'] },
    ]);
  });
});
