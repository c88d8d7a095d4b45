import { describe, expect, it } from 'vitest';
import type { Figure, Report } from '../compute/model.ts';
import { proseFigures } from './proseFigures.ts';

const figure = (measure: string, over: Partial<Figure>): Figure =>
  ({ measure, shape: 'proportion', numerator: null, denominator: null, countText: null, rate: null, interval: null, unrecorded: null, additional: null, ...over }) as Figure;

const report = {
  context: { prcTotal: null, population: null, auditableRoutePctText: null },
  figures: [
    figure('overall', { rate: { value: 91.2, text: '91.2%', status: 'published' }, interval: { halfWidth: 1.5, low: 89.7, high: 92.7, text: '±1.5', lowText: '89.7%', highText: '92.7%', rangeText: '89.7% to 92.7%', status: 'published' }, unrecorded: { over: 5100, qualifier: 'over', text: 'over 5,100', status: 'published', range: null } }),
    figure('violence', { rate: { value: 88.4, text: '88.4%', status: 'published' }, unrecorded: { over: 6700, qualifier: 'approximately', text: 'approximately 6,700', status: 'published', range: null } }),
    figure('rape', { numerator: 912, denominator: 1000, countText: '912 of 1,000', rate: { value: 91.2, text: '91.2%', status: 'computed' } }),
    figure('n100', { numerator: 40, denominator: 50, countText: '40 of 50', rate: { value: 80, text: '80.0%', status: 'computed' } }),
    figure('later', { pending: true }),
  ],
} as unknown as Report;

const states = (prose: string) => proseFigures(prose, report).map((f) => [f.literal, f.stands, f.states.join(' ')]);

describe('proseFigures', () => {
  it('reads every written form of a figure and the placeholders that state it', () => {
    expect(states('88.4% and 88.4 per cent and 88.4\u00a0per cent and 88.4 percent')).toEqual([
      ['88.4%', '88.4%', '{{violence.rate}}'],
      ['88.4 per cent', '88.4 per cent', '{{violence.rate}}'],
      ['88.4\u00a0per cent', '88.4\u00a0per cent', '{{violence.rate}}'],
      ['88.4 percent', '88.4 percent', '{{violence.rate}}'],
    ]);
    expect(states('over 5,100 and approximately 6,700 and 40 of 50')).toEqual([
      ['over 5,100', 'over 5,100', '{{overall.over}}'],
      ['approximately 6,700', 'approximately 6,700', '{{violence.over}}'],
      ['40 of 50', '40 of 50', '{{n100.of}}'],
    ]);
    expect(states('±1.5 percentage points, ±1.5%, 1.5 percentage points')).toEqual([
      ['±1.5 percentage points', '±1.5', '{{overall.ci}}'],
      ['±1.5%', '±1.5', '{{overall.ci}}'],
      ['1.5 percentage points', '1.5', '{{overall.ci}}'],
    ]);
  });
  it('names every figure a shared value states, so that a caller can tell it is ambiguous', () => {
    expect(states('91.2%')).toEqual([['91.2%', '91.2%', '{{overall.rate}} {{rape.rate}}']]);
  });
  it('tells a figure that agrees without stating one (rounded, a bound) from one that contradicts', () => {
    const [rounded, bound, wrong] = proseFigures('88% then 92.7% then 92.1% of all crime', report);
    expect([rounded?.states, rounded?.agrees, rounded?.contradicts]).toEqual([[], true, null]);
    expect([bound?.states, bound?.agrees]).toEqual([[], true]);
    expect(wrong?.contradicts).toEqual({ measure: 'overall', is: 'overall is 91.2%', placeholder: '{{overall.rate}}' });
  });
  it('flags a signed interval that matches none, but not an unsigned difference in points', () => {
    expect(proseFigures('±1.7 percentage points', report)[0]?.contradicts?.placeholder).toBe('{{overall.ci}}');
    expect(proseFigures('up 4.2 percentage points since 2014', report)).toEqual([]);
  });
  it('leaves years, dates and counts of officers alone', () => {
    expect(proseFigures('In 2026, on 19 November 2026, 12 officers and 3 of the 20 staff', report).filter((f) => f.states.length || f.contradicts)).toEqual([]);
  });
});
