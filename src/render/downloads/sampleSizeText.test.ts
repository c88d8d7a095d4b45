import { describe, expect, it } from 'vitest';
import type { Report } from '../../engine/compute/model.ts';
import { runPipeline } from '../../engine/pipeline.ts';
import type { ChartSpec } from '../charts/ChartSpec.ts';
import { plottedFigures } from './plottedFigures.ts';
import { sampleSizeText } from './sampleSizeText.ts';

const met = runPipeline(process.cwd()).site?.reports.find((r) => r.key === 'metropolitan/2018-cdi') as Report;
const table = (labels: string[]) => ({ table: { caption: '', columns: ['Label', 'Value'], rows: labels.map((label) => [label, '1']) } }) as ChartSpec;

describe('plottedFigures(report, spec)', () => {
  it('finds figures by their label or by the part of it after the group', () => {
    expect(plottedFigures(met, table(['All crime', 'Not recorded'])).map((f) => f.measure)).toEqual(['overall', 'rape-not-recorded']);
  });
});

describe('sampleSizeText(report, figures)', () => {
  it('names the audit size and each base, saying "not published" where a base is not', () => {
    expect(sampleSizeText(met, plottedFigures(met, table(['All crime', 'Violence against the person'])))).toBe(
      '1,396 crime reports were audited; not published for All crime; 524 for Violence against the person',
    );
  });

  it("names a breakdown's base once, with its parent", () => {
    expect(sampleSizeText(met, plottedFigures(met, table(['Recorded correctly', 'Not recorded', 'Held only on another system'])))).toBe(
      '1,396 crime reports were audited; 118 for Rape: recorded correctly',
    );
  });
});
