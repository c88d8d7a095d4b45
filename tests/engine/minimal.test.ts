import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/compute/model.ts';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { formatted, minimal } from './fixtureRoot.ts';

const { site, problems } = runPipeline(minimal);
const report = (key: string): Report => {
  const found = site?.reports.find((r) => r.key === key);
  if (!found) throw new Error(`no report ${key}`);
  return found;
};
const figure = (key: string, measure: string) => report(key).figures.find((f) => f.measure === measure);

describe('runPipeline(valid/minimal)', () => {
  it('runPipeline() finds no problems at all in a tidy input root', () => {
    expect(formatted(problems)).toBe('');
    expect(site).not.toBeNull();
  });

  it('runPipeline() builds one report per inspection, newest first', () => {
    expect(site?.reports.map((r) => r.key)).toEqual(['northshire/2018-cdi-reinspection', 'westvale/2017-cdi', 'northshire/2016-cdi']);
    expect(site?.forces.map((f) => [f.id, f.reports.length])).toEqual([['northshire', 2], ['westvale', 1]]);
  });

  it('runPipeline() computes a rate and the inspectorate\'s interval from 459 of 524 with no printed rate', () => {
    expect(figure('northshire/2016-cdi', 'violence')).toMatchObject({
      countText: '459 of 524',
      rate: { text: '87.6%', status: 'computed' },
      interval: { text: '±2.82', status: 'computed' },
    });
  });

  it('runPipeline() keeps published figures with their printed precision', () => {
    expect(figure('northshire/2016-cdi', 'overall')).toMatchObject({ rate: { text: '88.0%', status: 'published' }, interval: { text: '±1.70' }, unrecorded: { text: 'over 13,600', status: 'published' } });
    expect(figure('westvale/2017-cdi', 'overall')).toMatchObject({ rate: { text: '91%' }, interval: { text: '±2.5' } });
  });

  it('runPipeline() gives a count measure its count and a breakdown part its share', () => {
    expect(figure('northshire/2016-cdi', 'survey-respondents')?.countText).toBe('1,035');
    expect(figure('northshire/2016-cdi', 'rape-wrongly-n100')).toMatchObject({ countText: '14 of 118', rate: { text: '11.9%' } });
  });

  it('runPipeline() links a re-inspection to the inspection it revisits', () => {
    const r = report('northshire/2018-cdi-reinspection');
    expect(r.grades.previous).toMatchObject({ key: 'northshire/2016-cdi', grade: 'requires improvement' });
    expect(figure(r.key, 'violence')?.additional?.text).toBe('7,400');
  });

  it('runPipeline() resolves every placeholder in the narrative', () => {
    const narrative = report('northshire/2016-cdi').narrative;
    const html = JSON.stringify(narrative);
    expect(html).not.toContain('{{');
    expect(narrative?.headline).toContain('recorded 88.0% of the crimes');
    expect(narrative?.headline).toContain('over 13,600 crimes a year');
    expect(narrative?.summary).toEqual(['The force records 87.6% of reported violent crime.']);
    expect(narrative?.sections[0]?.html).toContain('recorded 87.6% of reported violent crimes (±2.82)');
    expect(narrative?.sections[0]?.html).toContain('98 of 118 reports of rape');
    expect(narrative?.sections[0]?.html).toContain('230 of\n271 domestic abuse crimes');
    expect(narrative?.sections[1]?.html).toContain('1,035 people replied');
  });

  it('runPipeline() keeps the narrative\'s four sections, findings and recommendations', () => {
    const narrative = report('northshire/2016-cdi').narrative;
    expect(narrative?.sections.map((s) => [s.id, s.question])).toEqual([['question-1', 1], ['question-2', 2], ['question-3', 3], ['conclusion', null]]);
    expect(narrative?.causesOfConcern?.[0]?.recommendations.map((r) => r.due)).toEqual(['within three months', 'by 31 December 2016']);
    expect(narrative?.areasForImprovement).toHaveLength(1);
  });
});
