import { describe, expect, it } from 'vitest';
import { n100Chart } from './n100Chart.ts';
import { reportFor, svgTexts, without } from './testReports.ts';

const met = reportFor('metropolitan/2018-cdi');

describe('n100Chart', () => {
  it('plots N100 applied where needed beside the sample review, as x of n', () => {
    const spec = n100Chart(met)!;
    expect(spec.id).toBe('n100');
    expect(spec.table.rows).toEqual([
      ['N100 applied where needed', '34 of 48'],
      ['N100 sample: correct', '14 of 20'],
      ['N100 sample: should have been rape', '6 of 20'],
    ]);
    expect(svgTexts(spec.svg)).toEqual(expect.arrayContaining(['34 of 48', '14 of 20', '6 of 20']));
    // A track for n and a bar for x on each row.
    expect(spec.svg.match(/<rect /g)).toHaveLength(6);
  });

  it('says each finding in a sentence', () => {
    expect(n100Chart(met)!.summary).toBe(
      '34 of 48 reports needing an N100 classification had one. 14 of 20 sampled N100 records were correct. 6 of 20 sampled N100 records should have been recorded as rape.',
    );
  });

  it('lists a missing part of the review as not published', () => {
    const spec = n100Chart(without(met, 'n100-sample-should-be-rape'))!;
    expect(spec.notPublished).toEqual(['N100 sample: should have been rape: not published']);
    expect(spec.table.rows).toHaveLength(2);
  });

  it('returns null for a report without N100 findings', () => {
    expect(n100Chart(reportFor('kent/2018-cdi-reinspection'))).toBeNull();
  });

  it('renders the same SVG as before', async () => {
    await expect(n100Chart(met)!.svg).toMatchFileSnapshot('./__snapshots__/n100.metropolitan-2018-cdi.svg');
  });
});
