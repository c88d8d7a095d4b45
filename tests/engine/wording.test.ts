import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Site } from '../../src/engine/compute/model.ts';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { fixtures, overlayRoot, removeRoot } from './fixtureRoot.ts';

let root: string | undefined;
afterEach(() => {
  if (root) removeRoot(root);
  root = undefined;
});

const siteOf = (name: string): Site => {
  root = overlayRoot(join(fixtures, 'accepted', name));
  return runPipeline(root).site as Site;
};

describe('the words of the report model', () => {
  it('runPipeline() says an audit period with no end date runs from its start, and that the end is not published', () => {
    const r = siteOf('audit-period-without-end').reports.find((x) => x.key === 'westvale/2017-cdi');
    expect(r?.auditPeriod?.text).toBe('from 1 October 2016; end date not published');
  });
});

describe('an estimate printed as "approximately N"', () => {
  it('runPipeline() keeps the printed qualifier of an estimate of crimes not recorded, instead of "over"', () => {
    const r = siteOf('approximate-unrecorded-estimate').reports.find((x) => x.key === 'northshire/2016-cdi');
    const overall = r?.figures.find((f) => f.measure === 'overall');
    expect(overall?.unrecorded).toMatchObject({ over: 13600, qualifier: 'approximately', text: 'approximately 13,600' });
    expect(r?.narrative?.headline).toContain('fails to record approximately 13,600 crimes a year');
  });

  it('runPipeline() fills {{measure.approx}} with the press rounding', () => {
    const r = siteOf('approximate-unrecorded-estimate').reports.find((x) => x.key === 'northshire/2016-cdi');
    expect(r?.narrative?.summary).toContain('The press release put the share recorded at nearly nine in ten.');
  });

  it('runPipeline() still reads "over N" where a file has no unrecorded_qualifier column', () => {
    expect(siteOf('rate-without-interval').reports.find((x) => x.key === 'northshire/2016-cdi')?.figures.find((f) => f.measure === 'overall')?.unrecorded?.text).toBe('over 13,600');
  });
});
