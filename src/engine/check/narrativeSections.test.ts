import { describe, expect, it } from 'vitest';
import { sectionHeadings, sectionHeadingsCy } from '../vocabulary.ts';
import { placeholdersBySection, sections } from './narrativeSections.ts';

const welsh = `---
headline: >-
  Cofnododd y llu {{overall.rate}}.
summary:
  - Un {{violence.rate}}
---

{{overall.ci}}

## Cwestiwn 1

Testun {{rape.of}}.

### Is-adran

## Casgliad
`;

describe('narrativeSections', () => {
  it('finds the front-matter keys and the sections by their Welsh headings, named as in English', () => {
    expect(sections(welsh, sectionHeadingsCy).map((s) => `${s.id}@${s.line}`)).toEqual(['headline@2', 'summary@4', 'body@7', 'Question 1@10', 'Conclusion@16']);
    expect(sections(welsh, sectionHeadings).map((s) => s.id)).toEqual(['headline', 'summary', 'body']);
  });
  it('places each placeholder in its section, with its line and column', () => {
    expect(placeholdersBySection(welsh, sectionHeadingsCy).map((p) => `${p.name} ${p.section} ${p.line}:${p.column}`)).toEqual([
      '{{overall.rate}} headline 3:19',
      '{{violence.rate}} summary 5:8',
      '{{overall.ci}} body 8:1',
      '{{rape.of}} Question 1 12:8',
    ]);
  });
});
