import { describe, expect, it } from 'vitest';
import { narrativeRecordSchema } from '../validate/frontMatterSchema.ts';
import type { NarrativeInput } from '../validate/validateNarrative.ts';
import { narrativeRecord, narrativesSnapshot } from './narrativeRecord.ts';

const narrative = (force: string, slug: string, headline: string): NarrativeInput => ({
  file: `content/reports/${force}/${slug}.md`,
  force,
  slug,
  frontMatter: { headline, summary: ['One point.'], strengths: [], areasForImprovement: null, causesOfConcern: [{ concern: 'A concern.', recommendations: [{ text: 'Act.', due: 'immediately' }] }], corrections: [], draft: false },
  frontMatterLines: {},
  body: '\n## Conclusion\n\nDone.\n',
  bodyLine: 10,
});
const north = narrative('north', '2016-cdi', 'The force records {{overall.rate}} of crime.');
const west = narrative('west', '2017-cdi', 'Most crime is recorded.');

describe('narrativesSnapshot(narratives)', () => {
  it('gives the same bytes whatever the order of the narratives, keyed by inspection in order, with a final newline', () => {
    const text = narrativesSnapshot([west, north]);
    expect(narrativesSnapshot([north, west])).toBe(text);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['north/2016-cdi', 'west/2017-cdi']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('keeps the front matter under the file’s own keys, without draft, and the body as its lines, placeholders as written', () => {
    const parsed = JSON.parse(narrativesSnapshot([north])) as Record<string, Record<string, unknown>>;
    expect(parsed['north/2016-cdi']).toEqual({
      headline: 'The force records {{overall.rate}} of crime.',
      summary: ['One point.'],
      strengths: [],
      areas_for_improvement: null,
      causes_of_concern: [{ concern: 'A concern.', recommendations: [{ text: 'Act.', due: 'immediately' }] }],
      corrections: [],
      body: ['', '## Conclusion', '', 'Done.', ''],
    });
  });

  it('reads back, through the schema a release is checked with, to the narrative’s own record', () => {
    const parsed = JSON.parse(narrativesSnapshot([north])) as Record<string, unknown>;
    expect(narrativeRecordSchema.parse(parsed['north/2016-cdi'])).toEqual(narrativeRecord(north));
  });
});
