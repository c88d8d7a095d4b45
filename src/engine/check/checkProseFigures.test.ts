import { describe, expect, it } from 'vitest';
import type { Figure, Report } from '../compute/model.ts';
import { checkProseFigures } from './checkProseFigures.ts';

const figure = (measure: string, over: Partial<Figure>): Figure =>
  ({ measure, shape: 'proportion', numerator: null, denominator: null, countText: null, rate: null, interval: null, unrecorded: null, additional: null, ...over }) as Figure;

const report = {
  context: { prcTotal: null, population: 8700000, auditableRoutePctText: '80.6%' },
  figures: [
    figure('overall', { rate: { value: 89.5, text: '89.5%', status: 'published' }, interval: { halfWidth: 1.64, low: 87.86, high: 91.14, text: '±1.64', lowText: '87.9%', highText: '91.1%', rangeText: '87.9% to 91.1%', status: 'published' }, unrecorded: { over: 94500, qualifier: 'over', text: 'over 94,500', status: 'published', range: null } }),
    figure('rape', { numerator: 98, denominator: 118, countText: '98 of 118', rate: { value: 83.05, text: '83.1%', status: 'computed' } }),
    figure('rape-not-recorded', { numerator: 3, denominator: 118, countText: '3 of 118', rate: { value: 2.54, text: '2.5%', status: 'computed' } }),
  ],
} as unknown as Report;

const check = (text: string) => checkProseFigures('report.md', text, report).map((p) => `${p.line}:${p.column}: ${p.message}`);

describe('checkProseFigures', () => {
  it('flags a percentage close to a rate but not equal to it, naming the figure and placeholder', () => {
    expect(check('a\nThe force recorded 89.4% of crimes.')).toEqual(['2:20: "89.4%" contradicts the data: overall is 89.5%; write {{overall.rate}}']);
    expect(check('recorded 89.4 per cent')).toHaveLength(1);
    expect(check('recorded 89.4 percent')).toHaveLength(1);
  });
  it('accepts a percentage equal to a rate at its printed precision, an interval bound or a context value', () => {
    expect(check('89.5% and 90% and 91.1% and 80.6% of routes')).toEqual([]);
  });
  it('ignores percentages far from every rate and the 95% confidence level', () => {
    expect(check('a 95% confidence interval; 50% of staff')).toEqual([]);
  });
  it('flags "x of y" when figures share the base y but none has numerator x', () => {
    expect(check('only 97 of 118 reports of rape were right')).toEqual(['1:6: "97 of 118" contradicts the data: rape is 98 of 118; write {{rape.of}}']);
    expect(check('only 97 of 118 were right')).toEqual([
      '1:6: "97 of 118" matches no figure; the sentence names none of the figures it is close to: rape is 98 of 118 ({{rape.of}}), rape-not-recorded is 3 of 118 ({{rape-not-recorded.of}}); write the placeholder of the one it means',
    ]);
    expect(check('98 of the 118 and 3 of 118, 5 of 20')).toEqual([]);
  });
  it('flags "over N" close to an unrecorded estimate, and accepts context values', () => {
    expect(check('over 94,000 crimes')).toEqual(['1:1: "over 94,000" contradicts the data: overall unrecorded is over 94,500; write {{overall.over}}']);
    expect(check('over 94,500 crimes, over 8700000 people, over 8.7 million, over 20 years')).toEqual([]);
  });
  it('reads the same figures written in Welsh: "y cant", "o", "dros"', () => {
    expect(check('Cofnododd yr heddlu 89.4 y cant o’r troseddau.')).toEqual(['1:21: "89.4 y cant" contradicts the data: overall is 89.5%; write {{overall.rate}}']);
    expect(check('dim ond 97 o 118 yn gywir')).toEqual([
      '1:9: "97 o 118" matches no figure; the sentence names none of the figures it is close to: rape is 98 of 118 ({{rape.of}}), rape-not-recorded is 3 of 118 ({{rape-not-recorded.of}}); write the placeholder of the one it means',
    ]);
    expect(check('dros 94,000 o droseddau')).toEqual(['1:1: "dros 94,000" contradicts the data: overall unrecorded is over 94,500; write {{overall.over}}']);
    expect(check('89.5 y cant, 98 o 118, dros 94,500 o droseddau, 20 o droseddau')).toEqual([]);
  });
  it('never reads a placeholder as a literal', () => {
    expect(check('{{rape.of}} and {{overall.rate}}')).toEqual([]);
  });

  it('suggests the placeholder of the measure the sentence names, not the nearest number', () => {
    const two = {
      context: { prcTotal: null, population: null, auditableRoutePctText: null },
      figures: [
        figure('violence', { rate: { value: 85.0, text: '85.0%', status: 'computed' } }),
        figure('domestic-abuse', { rate: { value: 87.4, text: '87.4%', status: 'computed' } }),
      ],
    } as unknown as Report;
    const checkTwo = (text: string) => checkProseFigures('report.md', text, two).map((p) => p.message);
    expect(checkTwo('The force recorded 87.0% of reported violent crimes.')).toEqual(['"87.0%" contradicts the data: violence is 85.0%; write {{violence.rate}}']);
    expect(checkTwo('Of domestic abuse crimes, 86.0% were recorded.')).toEqual(['"86.0%" contradicts the data: domestic-abuse is 87.4%; write {{domestic-abuse.rate}}']);
    expect(checkTwo('It recorded 86.0% of them.')).toEqual([
      '"86.0%" matches no figure; the sentence names none of the figures it is close to: violence is 85.0% ({{violence.rate}}), domestic-abuse is 87.4% ({{domestic-abuse.rate}}); write the placeholder of the one it means',
    ]);
  });
});
