import { describe, expect, it } from 'vitest';
import type { NarrativeRecord } from '../validate/frontMatterSchema.ts';
import { narrativeParts } from './narrativeParts.ts';

const record = (fields: Partial<NarrativeRecord>): NarrativeRecord => ({ summary: [], strengths: [], areas_for_improvement: null, causes_of_concern: null, corrections: [], body: '', ...fields });

describe('narrativeParts(record)', () => {
  it('gives the front matter’s parts in reading order, a recommendation with its deadline, and leaves out empty parts', () => {
    const parts = narrativeParts(
      record({
        headline: 'The force records {{overall.rate}} of crime. It must do better.',
        summary: ['One point.'],
        areas_for_improvement: [],
        causes_of_concern: [{ concern: 'Violence is under-recorded.', recommendations: [{ text: 'Audit violence.', due: 'within three months' }] }],
        corrections: [{ date: '2026-01-20', change: 'The rate was corrected.', reason: 'It was misprinted.' }],
      }),
    );
    expect(parts).toEqual([
      { part: 'headline', sentences: ['The force records {{overall.rate}} of crime.', 'It must do better.'] },
      { part: 'summary', sentences: ['One point.'] },
      { part: 'causes_of_concern', sentences: ['Violence is under-recorded.', 'Audit violence.', 'Due: within three months.'] },
      { part: 'corrections', sentences: ['2026-01-20: The rate was corrected.', 'It was misprinted.'] },
    ]);
  });

  it('cuts each body section into paragraphs, list items, headings and table rows, then sentences', () => {
    const body = [
      '## Question 1',
      '',
      'The force recorded {{violence.rate}} of violent crimes.',
      'It recorded {{rape.of}} rapes.',
      '',
      '### Leadership',
      '- Calls are logged. Quickly.',
      '- Crimes are recorded',
      '  on the day.',
      '1. First step.',
      '',
      '| Crime type | Recorded |',
      '|---|---:|',
      '| All crime | {{overall.rate}} |',
      '## Conclusion',
      'Done.',
    ].join('\n');
    expect(narrativeParts(record({ body }))).toEqual([
      {
        part: '## Question 1',
        sentences: [
          'The force recorded {{violence.rate}} of violent crimes.',
          'It recorded {{rape.of}} rapes.',
          'Leadership',
          'Calls are logged.',
          'Quickly.',
          'Crimes are recorded on the day.',
          'First step.',
          'Crime type | Recorded',
          'All crime | {{overall.rate}}',
        ],
      },
      { part: '## Conclusion', sentences: ['Done.'] },
    ]);
  });
});
