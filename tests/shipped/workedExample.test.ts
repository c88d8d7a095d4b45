import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { workedExample } from '../../src/render/workedExample.ts';

const { site } = runPipeline(join(import.meta.dirname, '..', '..'));

describe('workedExample', () => {
  const example = workedExample(site!)!;

  it('workedExample(site) is null when the data has no Met 2018 inspection, so the page explains without it', () => {
    expect(workedExample({ ...site!, reports: site!.reports.filter((r) => r.key !== 'metropolitan/2018-cdi') })).toBeNull();
  });

  it('workedExample(site) reproduces the published Met violence figure from its counts: 459 of 524 → 87.6% ± 2.82', () => {
    expect(example.violence).toMatchObject({ of: '459 of 524', rateText: '87.6%', halfWidthText: '±2.82', publishedText: '87.6% ±2.82' });
  });

  it('workedExample(site) reproduces "over 94,500" from p = 0.895 and the implied police recorded crime of 805,500', () => {
    expect(example.overall).toMatchObject({ pText: '0.895', baseText: '805,500', overText: 'over 94,500', publishedOverText: 'over 94,500' });
  });

  it('workedExample(site) compares the Met with other forces from their printed intervals', () => {
    expect(example.comparisons.length).toBeGreaterThan(0);
    for (const c of example.comparisons) expect(c.significant).toBe(Number(c.zText) > 1.96);
  });
});
