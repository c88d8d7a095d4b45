import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { dataFacts } from '../../src/render/dataFacts.ts';
import { isInspectorate } from '../../src/render/publishers.ts';

const { site } = runPipeline(join(import.meta.dirname, '..', '..'));
const facts = dataFacts(site!);

describe('the methodology’s claims about the shipped data (src/render/dataFacts.ts)', () => {
  it('dates the rates printed to two decimals from the data: 94.59%, 85.49% and 91.02% were published in August 2016, not "early 2017"', () => {
    const twoDecimal = site!.reports.flatMap((r) => r.figures.filter((f) => f.printedDecimals === 2).map((f) => ({ text: f.rate?.text, published: r.published?.date })));
    for (const rate of ['94.59%', '85.49%', '91.02%']) expect(twoDecimal.find((f) => f.text === rate)?.published).toMatch(/^2016-08-/);
    expect(facts.twoDecimal.first!.date <= '2016-08-25').toBe(true);
  });

  it('counts the inspections that rest on a source other than the inspectorate’s own pages, which the page used to deny', () => {
    expect(facts.otherSourced).toBe(site!.reports.filter((r) => !isInspectorate(r.sourceUrl)).length);
    expect(facts.otherSourced).toBeGreaterThan(0);
  });
});
