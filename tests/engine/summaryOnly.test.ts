import { describe, expect, it } from 'vitest';
import { reportFor } from '../render/fixtureReports.ts';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { minimal } from './fixtureRoot.ts';

describe('a narrative written from a summary only (tests/fixtures/charts: eastmoor/2018-cdi-reinspection)', () => {
  const report = reportFor('eastmoor/2018-cdi-reinspection');

  it('names every standard section the narrative leaves out, in reading order', () => {
    expect(report.narrative?.sections).toEqual([]);
    expect(report.narrative?.uncovered).toEqual([
      { id: 'question-1', heading: 'Question 1', question: 1 },
      { id: 'question-2', heading: 'Question 2', question: 2 },
      { id: 'question-3', heading: 'Question 3', question: 3 },
      { id: 'conclusion', heading: 'Conclusion', question: null },
    ]);
  });

  it('gives the report a short headline: the first sentence of the narrative headline, its placeholder resolved', () => {
    expect(report.headline).toBe('Eastmoor Police now records 96.6% of the crimes reported to it, up from its first inspection.');
  });
});

describe('reports without a narrative headline, and a narrative with every section (tests/fixtures/valid/minimal)', () => {
  const { site } = runPipeline(minimal);
  const report = (key: string) => site!.reports.find((r) => r.key === key)!;

  it('a narrative with every section leaves nothing uncovered', () => {
    expect(report('northshire/2016-cdi').narrative?.uncovered).toEqual([]);
    expect(report('northshire/2016-cdi').headline).toBe('Northshire Constabulary recorded 88.0% of the crimes reported to it, and fails to record over 13,600 crimes a year.');
  });

  it('without a narrative, the headline is the kind of inspection and its overall grade', () => {
    expect(report('westvale/2017-cdi').headline).toBe('First inspection, graded outstanding overall.');
  });

  it('the year is the publication\'s', () => {
    expect(report('westvale/2017-cdi').year).toBe('2017');
  });
});
