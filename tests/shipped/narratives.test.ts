import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.ts';

const { site } = runPipeline(join(import.meta.dirname, '..', '..'));
const narrated = site!.reports.filter((r) => r.narrative);

describe('the shipped narratives', () => {
  it('never say there are no causes of concern, or no areas for improvement, while their own summary mentions some', () => {
    const contradicting = narrated.flatMap((report) => {
      const { summary, headline, causesOfConcern, areasForImprovement } = report.narrative!;
      const text = [headline ?? '', ...summary].join(' ').toLowerCase();
      return [
        ...(causesOfConcern?.length === 0 && /cause(s)? of concern/.test(text) ? [`${report.key}: causes of concern`] : []),
        ...(areasForImprovement?.length === 0 && /areas? for improvement/.test(text) ? [`${report.key}: areas for improvement`] : []),
      ];
    });
    expect(contradicting).toEqual([]);
  });
});
