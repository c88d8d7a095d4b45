import { describe, expect, it } from 'vitest';
import { auditPeriodText, countText, estimateText, forceName, rangeText, reportTitle, sectionHeading } from './localised.ts';

describe('the model’s values in each language', () => {
  it('counts a share in words of the language, with Intl’s grouping', () => {
    expect(countText('en', { numerator: 1459, denominator: 1524 })).toBe('1,459 of 1,524');
    expect(countText('cy', { numerator: 1459, denominator: 1524 })).toBe('1,459 o 1,524');
    expect(countText('cy', { numerator: 1035, denominator: null })).toBe('1,035');
    expect(countText('cy', { numerator: null, denominator: 10 })).toBeNull();
  });

  it('writes an interval’s bounds and an estimate with the language’s words around the model’s figures', () => {
    expect(rangeText('en', { lowText: '84.8%', highText: '90.4%' })).toBe('84.8% to 90.4%');
    expect(rangeText('cy', { lowText: '84.8%', highText: '90.4%' })).toBe('84.8% i 90.4%');
    const estimate = { over: 4400, qualifier: 'over', text: 'over 4,400', status: 'published', range: null } as const;
    expect(estimateText('en', estimate)).toBe(estimate.text);
    expect(estimateText('cy', estimate)).toBe('dros 4,400');
    expect(estimateText('cy', { ...estimate, qualifier: 'approximately' })).toBe('tua 4,400');
  });

  it('names a Welsh force and its report in Welsh, and keeps the English title and any other force’s name', () => {
    expect(forceName('cy', { id: 'north-wales', name: 'North Wales Police' })).toBe('Heddlu Gogledd Cymru');
    expect(forceName('cy', { id: 'kent', name: 'Kent Police' })).toBe('Kent Police');
    expect(forceName('en', { id: 'gwent', name: 'Gwent Police' })).toBe('Gwent Police');
    const report = { title: 'PEEL 2021/22', kind: 'peel', year: '2022' } as const;
    expect(reportTitle('en', report)).toBe('PEEL 2021/22');
    expect(reportTitle('cy', report)).toBe('PEEL: cywirdeb data troseddu 2022');
    expect(reportTitle('cy', { ...report, year: null })).toBe('Arolygiad PEEL');
  });

  it('writes an audit period from its dates in Welsh, and keeps the English text in English', () => {
    const period = { start: '2017-10-01', end: '2018-03-31', text: '1 October 2017 to 31 March 2018', months: 6 };
    expect(auditPeriodText('en', { auditPeriod: period })).toBe(period.text);
    expect(auditPeriodText('cy', { auditPeriod: period })).toBe('1 Hydref 2017 i 31 Mawrth 2018');
    expect(auditPeriodText('cy', { auditPeriod: { ...period, end: null } })).toBe('o 1 Hydref 2017; dyddiad gorffen heb ei wybod');
    expect(auditPeriodText('cy', { auditPeriod: null })).toBeNull();
  });

  it('puts a standard section heading in Welsh', () => {
    expect(sectionHeading('cy', 'Conclusion')).toBe('Casgliad');
    expect(sectionHeading('en', 'Conclusion')).toBe('Conclusion');
    expect(sectionHeading('cy', 'Cwestiwn 1')).toBe('Cwestiwn 1');
  });
});
