import { describe, expect, it } from 'vitest';
import { bodySections } from './bodySections.ts';

describe('bodySections(body)', () => {
  it('cuts the body at each ## heading, keeping its markdown as written and sub-headings inside it', () => {
    expect(bodySections('Before any heading.\n\n## Question 1\n\nFirst.\n\n### Rape\n\nSecond.\n## Conclusion ##\nLast.')).toEqual([
      { heading: 'Question 1', text: '\nFirst.\n\n### Rape\n\nSecond.' },
      { heading: 'Conclusion', text: 'Last.' },
    ]);
  });

  it('has no section in a body without a heading', () => {
    expect(bodySections('Only text.\n')).toEqual([]);
  });
});
