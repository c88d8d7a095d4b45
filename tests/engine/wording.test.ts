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
