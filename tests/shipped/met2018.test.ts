import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Figure, Report } from '../../src/engine/compute/model.ts';
import { loadInputs } from '../../src/engine/load/loadInputs.ts';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { validateInputs } from '../../src/engine/validate/validateInputs.ts';
import { formatted } from '../engine/fixtureRoot.ts';

/** The shipped data, as the build reads it. The figures are the domain primer's §2 table for the Met's 2018 report. */
const { site, problems } = runPipeline(process.cwd());
const met = site?.reports.find((r) => r.key === 'metropolitan/2018-cdi') as Report;
const figure = (measure: string): Figure => {
  const found = met.figures.find((f) => f.measure === measure);
  if (!found) throw new Error(`the Met 2018 report has no "${measure}" figure`);
  return found;
};

describe('runPipeline() on the shipped data', () => {
  it('runPipeline() builds every inspection of data/inspections.csv with no errors', () => {
    expect(formatted(problems.filter((p) => p.severity === 'error'))).toBe('');
    const rows = Papa.parse(readFileSync('data/inspections.csv', 'utf8'), { header: true, skipEmptyLines: true }).data.length;
    expect(site?.reports).toHaveLength(rows);
  });

  it('runPipeline() marks each figure published or computed as the data says', () => {
    const statuses = site?.reports.flatMap((r) => r.figures.filter((f) => f.rate).map((f) => `${r.key} ${f.measure} ${f.rate?.status}`)) ?? [];
    expect(statuses).toContain('metropolitan/2018-cdi overall published');
    expect(statuses).toContain('metropolitan/2018-cdi violence published');
    expect(statuses).toContain('metropolitan/2018-cdi domestic-abuse computed');
    expect(statuses).toContain('metropolitan/2018-cdi rape computed');
  });

  it('runPipeline() publishes a printed rate as printed and computes a rate only from counts', () => {
    const rows = new Map(validateInputs(loadInputs(process.cwd()).raw).inputs.findings.map((f) => [f.line, f]));
    const figures = site?.reports.flatMap((r) => r.figures) ?? [];
    expect(figures.length).toBe(rows.size);
    for (const f of figures) {
      const row = rows.get(f.line);
      const expected = row?.ratePct ? 'published' : f.shape === 'proportion' && row?.numerator !== null && row?.denominator ? 'computed' : undefined;
      expect(f.rate?.status, `data/findings.csv line ${f.line}`).toBe(expected);
      if (row?.status === 'computed') expect(f.rate?.status, `data/findings.csv line ${f.line}`).toBe('computed');
      if (f.rate?.status === 'published') expect(f.rate.value, `data/findings.csv line ${f.line}`).toBe(row?.ratePct?.value);
    }
  });
});

describe('the Met 2018 report model', () => {
  it('holds the three audited strata as printed: rate, interval and crimes a year not recorded', () => {
    expect(figure('overall')).toMatchObject({ rate: { text: '89.5%', status: 'published' }, interval: { text: '±1.64' }, unrecorded: { text: 'over 94,500' } });
    expect(figure('violence')).toMatchObject({ rate: { text: '87.6%', status: 'published' }, interval: { text: '±2.82' }, unrecorded: { text: 'over 28,100' } });
    expect(figure('sexual-offences')).toMatchObject({ rate: { text: '91%', status: 'published' }, interval: { text: '±2.89' }, unrecorded: { text: 'over 1,890' } });
  });

  it('holds the domestic abuse and rape counts, with the 20 rapes not recorded correctly broken down', () => {
    expect(figure('domestic-abuse').countText).toBe('230 of 271');
    expect(figure('rape').countText).toBe('98 of 118');
    const others = { 'rape-wrongly-n100': 14, 'rape-misclassified': 2, 'rape-other-system': 1, 'rape-not-recorded': 3 };
    for (const [measure, count] of Object.entries(others)) expect(figure(measure)).toMatchObject({ numerator: count, denominator: 118 });
    expect(Object.values(others).reduce((a, b) => a + b, 0)).toBe(118 - 98);
  });

  it('holds the N100, vulnerable victims, modern slavery and timeliness counts', () => {
    const counts = {
      'n100-applied': '34 of 48',
      'n100-sample-correct': '14 of 20',
      'n100-sample-should-be-rape': '6 of 20',
      'vulnerable-should-be-crimes': '39 of 50',
      'vulnerable-victims': '36 of 39',
      'modern-slavery-crimes': '9 of 9',
      'modern-slavery-referrals': '11 of 12',
      'timeliness-violence': '301 of 459',
      'timeliness-sexual-offences': '188 of 325',
    };
    for (const [measure, text] of Object.entries(counts)) expect(figure(measure).countText, measure).toBe(text);
  });

  it('holds the cancellation decisions by decision maker', () => {
    expect(figure('cancellations-rape')).toMatchObject({ countText: '18 of 20', label: expect.stringContaining('FCR') });
    expect(figure('cancellations-sexual-offences')).toMatchObject({ countText: '19 of 20', label: expect.stringContaining('DDM') });
    expect(figure('cancellations-violence')).toMatchObject({ countText: '16 of 20', label: expect.stringContaining('DDM') });
    expect(figure('cancellations-robbery')).toMatchObject({ countText: '17 of 20', label: expect.stringContaining('DDM') });
  });

  it('holds the survey respondents, the grades and the seven areas for improvement', () => {
    expect(figure('survey-respondents').countText).toBe('1,035');
    expect(met.grades).toMatchObject({ scale: 'four-grade', overall: 'good', questions: { 1: 'good', 2: 'good', 3: 'outstanding' } });
    expect(met.narrative?.areasForImprovement).toHaveLength(7);
    expect(met.narrative?.causesOfConcern).toEqual([]);
  });

  it('resolves every placeholder of the narrative from those figures', () => {
    const text = JSON.stringify(met.narrative);
    expect(text).not.toContain('{{');
    expect(met.narrative?.headline).toContain('recorded 89.5% of the crimes');
    expect(met.narrative?.headline).toContain('over 94,500 crimes a year');
  });
});
