import { describe, expect, it } from 'vitest';
import type { Report } from '../../engine/compute/model.ts';
import { runPipeline } from '../../engine/pipeline.ts';
import { svgToPng } from '../downloads/svgToPng.ts';
import { socialCardSvg } from './socialCardSvg.ts';

const met = runPipeline(process.cwd()).site?.reports.find((r) => r.key === 'metropolitan/2018-cdi') as Report;

describe('socialCardSvg(report)', () => {
  it('shows the force, the inspection, the overall grade and the overall rate with its interval', () => {
    const svg = socialCardSvg(met);
    for (const line of ['Metropolitan Police Service', 'Crime data integrity inspection 2018', 'Overall grade: good', '89.5% (±1.64) of reported crimes were recorded', '95% confidence interval: 87.9% to 91.1%']) {
      expect(svg).toContain(`>${line}</text>`);
    }
  });

  it('says "not published" where there is no overall rate, never 0', () => {
    const svg = socialCardSvg({ ...met, figures: met.figures.filter((f) => f.measure !== 'overall') });
    expect(svg).toContain('>Overall recording rate: not published</text>');
  });

  it('renders to a 1200×630 PNG', () => {
    const png = svgToPng(socialCardSvg(met));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
