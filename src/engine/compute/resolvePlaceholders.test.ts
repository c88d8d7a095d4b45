import { describe, expect, it } from 'vitest';
import type { Figure } from './model.ts';
import { formatProblem } from '../vocabulary.ts';
import { resolvePlaceholders } from './resolvePlaceholders.ts';

const file = 'content/reports/metropolitan/2018-cdi.md';
const figure = (measure: string, more: Partial<Figure>): Figure => ({
  measure,
  label: measure,
  phrase: '',
  group: 'recording',
  shape: 'proportion',
  question: 1,
  numerator: null,
  denominator: null,
  countText: null,
  rate: null,
  interval: null,
  unrecorded: null,
  additional: null,
  approx: null,
  source: 'https://example.org/met',
  sourceText: null,
  note: null,
  line: 4,
  printedDecimals: null,
  absent: { rate: 'not-found', interval: 'not-found', unrecorded: 'not-found', count: 'not-found', additional: 'not-found' },
  ...more,
});
const figures = new Map([
  ['overall', figure('overall', { rate: { value: 89.5, text: '89.5%', status: 'published' }, interval: { halfWidth: 1.64, low: 87.86, high: 91.14, text: '±1.64', lowText: '87.9%', highText: '91.1%', rangeText: '87.9% to 91.1%', status: 'published' }, unrecorded: { over: 94500, qualifier: 'over', text: 'over 94,500', status: 'published', range: null } })],
  ['rape', figure('rape', { numerator: 98, denominator: 118, countText: '98 of 118', rate: { value: 83.05, text: '83.1%', status: 'computed' } })],
  ['domestic-abuse', figure('domestic-abuse', { numerator: 230, denominator: 271, countText: '230 of 271' })],
]);
const grades = { overall: 'requires improvement', questions: { 1: 'good', 2: 'inadequate', 3: null } } as const;
const resolve = (text: string, line = 20) => {
  const result = resolvePlaceholders(text, { figures, grades }, file, line);
  return { text: result.text, messages: result.problems.map(formatProblem) };
};

describe('resolvePlaceholders()', () => {
  it('resolvePlaceholders() puts each figure\'s text in place of {{measure.field}}', () => {
    expect(resolve('{{overall.rate}} ({{ overall.ci }}), {{overall.over}}; {{rape.of}}, {{rape.count}} of {{rape.denominator}}')).toEqual({
      text: '89.5% (±1.64), over 94,500; 98 of 118, 98 of 118',
      messages: [],
    });
  });

  it('resolvePlaceholders() reports an unknown measure at its line and column', () => {
    expect(resolve('First line.\nIt recorded {{overal.rate}}.')).toEqual({
      text: 'First line.\nIt recorded {{overal.rate}}.',
      messages: ['content/reports/metropolitan/2018-cdi.md:21:13: error: unknown placeholder {{overal.rate}}: this inspection has no "overal" figure in data/findings.csv'],
    });
  });

  it('resolvePlaceholders() reports an unknown field with the fields there are', () => {
    expect(resolve('{{overall.percent}}').messages).toEqual([
      'content/reports/metropolitan/2018-cdi.md:20:1: error: unknown placeholder {{overall.percent}}; write {{measure.field}} where field is one of rate, ci, over, additional, count, denominator, of, approx, or {{grade.overall}}',
    ]);
  });

  it('resolvePlaceholders() reports a placeholder whose figure the data does not have, naming the findings line', () => {
    expect(resolve('x {{domestic-abuse.over}}').messages).toEqual([
      'content/reports/metropolitan/2018-cdi.md:20:3: error: placeholder {{domestic-abuse.over}} has no value: the "domestic-abuse" row (data/findings.csv line 4) has no over',
    ]);
  });

  it('resolvePlaceholders() puts the overall grade and each question\'s grade in place of {{grade.overall}} and {{grade.q1}} to {{grade.q3}}', () => {
    expect(resolve('Graded {{grade.overall}}; question 1 {{ grade.q1 }}, question 2 {{grade.q2}}.')).toEqual({
      text: 'Graded requires improvement; question 1 good, question 2 inadequate.',
      messages: [],
    });
  });

  it('resolvePlaceholders() reports an unknown grade placeholder and one whose grade the data leaves empty', () => {
    expect(resolve('{{grade.q4}} and {{grade.q3}}').messages).toEqual([
      'content/reports/metropolitan/2018-cdi.md:20:1: error: unknown placeholder {{grade.q4}}; write {{grade.overall}}, {{grade.q1}}, {{grade.q2}}, {{grade.q3}}',
      "content/reports/metropolitan/2018-cdi.md:20:18: error: placeholder {{grade.q3}} has no value: the inspection's q3_grade in data/inspections.csv is empty",
    ]);
  });

  it('resolvePlaceholders() reports a placeholder missing a brace once, naming what to write, and a stray brace', () => {
    expect(resolve('It fails to record {{overall.over} crimes.\nIt recorded {overall.rate}} and }} more.')).toEqual({
      text: 'It fails to record {{overall.over} crimes.\nIt recorded {overall.rate}} and }} more.',
      messages: [
        'content/reports/metropolitan/2018-cdi.md:20:20: error: broken placeholder "{{overall.over}": write {{overall.over}}, with two braces each side',
        'content/reports/metropolitan/2018-cdi.md:21:13: error: broken placeholder "{overall.rate}}": write {{overall.rate}}, with two braces each side',
        'content/reports/metropolitan/2018-cdi.md:21:33: error: stray "}}": a placeholder is written {{measure.field}}, with two braces each side',
      ],
    });
  });
});


describe('resolvePlaceholders in a Welsh narrative', () => {
  const welsh = (text: string) => {
    const result = resolvePlaceholders(text, { figures, grades, language: 'cy' }, file.replace(/\.md$/, '.cy.md'), 20);
    return { text: result.text, messages: result.problems.map(formatProblem) };
  };

  it('fills the figures with Welsh words around the same numbers', () => {
    expect(welsh('nid yw {{overall.over}} o droseddau yn cael eu cofnodi; {{overall.rate}} ({{overall.ci}}); {{rape.of}}').text).toBe(
      'nid yw dros 94,500 o droseddau yn cael eu cofnodi; 89.5% (±1.64); 98 o 118',
    );
  });

  it('names a grade in Welsh', () => {
    expect(welsh('Gradd: {{grade.overall}}; {{grade.q2}}').text).toBe('Gradd: angen gwella; annigonol');
  });

  it('has no Welsh form of an English press rounding, and says so', () => {
    const approx = new Map([['overall', figure('overall', { approx: 'nearly 95 percent' })]]);
    const result = resolvePlaceholders('{{overall.approx}}', { figures: approx, grades, language: 'cy' }, file, 20);
    expect(result.problems).toHaveLength(1);
  });
});
