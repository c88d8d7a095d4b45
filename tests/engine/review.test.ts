import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { releaseFiles, snapshotFolder } from '../../src/engine/vocabulary.ts';
import { fixtures, formatted, overlayRoot, removeRoot } from './fixtureRoot.ts';

/*
 * compute/buildReview.ts through the pipeline, on tests/fixtures/review/since-release: valid/minimal against a release
 * made from an earlier state of it (its README says how).
 */
const roots: string[] = [];
afterAll(() => roots.forEach(removeRoot));
const reviewOf = (options: { withoutNarratives?: boolean } = {}) => {
  const root = overlayRoot(join(fixtures, 'review', 'since-release'));
  roots.push(root);
  if (options.withoutNarratives) rmSync(join(root, snapshotFolder('1.0.0'), releaseFiles.narratives));
  const { site, problems } = runPipeline(root, { drafts: true });
  expect(formatted(problems.filter((p) => p.severity === 'error'))).toBe('');
  return site?.review ?? null;
};

describe('buildReview(latest, reports, narratives, unreleased) on a project changed since its release', () => {
  const review = reviewOf();
  const report = (key: string) => review?.reports.find((r) => r.key === key);

  it('compares with the latest release, which kept its narratives', () => {
    expect(review?.release).toEqual({ version: '1.0.0', date: '2026-01-10', notes: 'First release.' });
    expect(review?.narrativesRecorded).toBe(true);
    expect(review?.reports.map((r) => [r.key, r.status, r.draft])).toEqual([
      ['northshire/2016-cdi', 'changed', false],
      ['westvale/2015-cdi', 'removed', false],
      ['westvale/2017-cdi', 'new', true],
    ]);
  });

  it('gives a changed figure with its measure and its old and new values, an added one with its values now, a removed one with its values then', () => {
    const figures = report('northshire/2016-cdi')?.figures;
    expect(figures?.changed.map((f) => [f.measure, f.label, f.changes])).toEqual([['overall', 'All crime', [{ column: 'rate_pct', from: '87', to: '88' }]]]);
    expect(figures?.added.map((f) => [f.measure, f.label, f.values])).toEqual([['survey-respondents', 'Officer and staff survey respondents', [{ column: 'numerator', value: '1035' }]]]);
    expect(figures?.removed.map((f) => [f.measure, f.label, f.values])).toEqual([
      [
        'sexual-offences',
        'Sexual offences (including rape)',
        [
          { column: 'numerator', value: '200' },
          { column: 'denominator', value: '250' },
          { column: 'rate_pct', value: '80' },
          { column: 'rate_status', value: 'computed from counts' },
        ],
      ],
    ]);
  });

  it('gives the added, changed and removed sentences as written, and the unchanged one that reads the changed figure', () => {
    expect(report('northshire/2016-cdi')?.sentences).toEqual([
      {
        part: 'headline',
        kind: 'figure',
        text: 'Northshire Constabulary recorded {{overall.rate}} of the crimes reported to it, and fails to record {{overall.over}} crimes a year.',
        measures: ['overall'],
      },
      {
        part: '## Question 1',
        kind: 'added',
        text: 'It recorded {{rape.of}} reports of rape correctly, and {{domestic-abuse.count}} of {{domestic-abuse.denominator}} domestic abuse crimes.',
      },
      { part: '## Question 2', kind: 'figure', text: 'Inspectors surveyed staff, and {{survey-respondents.count}} people replied.', measures: ['survey-respondents'] },
      {
        part: '## Question 3',
        kind: 'changed',
        before: 'Leaders are committed to recording.',
        after: 'Leaders are committed to accurate recording.',
        words: [
          { op: 'same', text: 'Leaders are committed to' },
          { op: 'added', text: 'accurate' },
          { op: 'same', text: 'recording.' },
        ],
      },
      { part: '## Conclusion', kind: 'removed', text: 'Staff are well trained.' },
    ]);
  });

  it('lists an unchanged report apart, and counts what a new or removed report has without comparing it', () => {
    expect(review?.unchanged.map((r) => r.key)).toEqual(['northshire/2018-cdi-reinspection']);
    expect(report('westvale/2017-cdi')).toMatchObject({ sentences: null, counts: { figures: 1, sentences: 3 }, path: '/forces/westvale/2017-cdi/' });
    expect(report('westvale/2015-cdi')).toMatchObject({ sentences: null, counts: { figures: 1, sentences: 0 }, title: 'Crime data integrity inspection 2015' });
  });

  it('says that a release without narrative text cannot be compared, calling no sentence added, changed or unchanged', () => {
    const without = reviewOf({ withoutNarratives: true });
    expect(without?.narrativesRecorded).toBe(false);
    expect(without?.reports.map((r) => [r.key, r.status, r.sentences])).toEqual([
      ['northshire/2016-cdi', 'changed', null],
      ['westvale/2015-cdi', 'removed', null],
      ['westvale/2017-cdi', 'new', null],
    ]);
    expect(without?.unchanged.map((r) => r.key)).toEqual(['northshire/2018-cdi-reinspection']);
  });

  it('is computed only where drafts are shown', () => {
    const root = overlayRoot(join(fixtures, 'review', 'since-release'));
    roots.push(root);
    expect(runPipeline(root).site?.review).toBeNull();
  });
});
