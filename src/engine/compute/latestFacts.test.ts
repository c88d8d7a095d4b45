import { describe, expect, it } from 'vitest';
import { figure, report } from '../../../tests/overview/reportFixture.ts';
import { latestFacts } from './latestFacts.ts';

describe('latestFacts', () => {
  it('latestFacts(reports) takes, measure by measure, the newest inspection that published it', () => {
    const facts = latestFacts([
      report('a', '2017-cdi', '2017-06-01', [figure('overall', 84.3, 1.9)], { grade: 'inadequate' }),
      report('a', '2019-re', '2019-05-01', [figure('overall', 93.3, 1.5)]),
      report('a', '2023-peel', '2023-12-06', [], { grade: 'good', scale: 'five-grade' }),
    ]);
    expect(facts.latest?.key).toBe('a/2023-peel');
    expect(facts.graded?.key).toBe('a/2023-peel');
    expect(facts.rated?.report.key).toBe('a/2019-re');
    expect(facts.rated?.figure.rate.text).toBe('93.3%');
    expect(facts.estimated).toBeNull();
  });

  it('latestFacts(reports) takes the newest estimate of crimes not recorded on its own, even from an inspection without a rate', () => {
    const estimate = { over: 69100, qualifier: 'over' as const, text: 'over 69,100', status: 'published' as const, range: null };
    const facts = latestFacts([
      report('m', '2018-cdi', '2018-07-17', [{ ...figure('overall', 89.5, 1.64), unrecorded: { ...estimate, over: 94500, text: 'over 94,500' } }]),
      report('m', '2022-peel', '2022-06-01', [{ ...figure('overall', null), unrecorded: estimate }]),
    ]);
    expect(facts.rated?.report.key).toBe('m/2018-cdi');
    expect(facts.estimated).toMatchObject({ report: { key: 'm/2022-peel' }, unrecorded: { text: 'over 69,100' } });
  });

  it('latestFacts(reports) gives null for a measure no inspection published, and for no inspection at all', () => {
    expect(latestFacts([report('a', '2014-dip', null, [figure('overall', null)])])).toMatchObject({ graded: null, rated: null, latest: { key: 'a/2014-dip' } });
    expect(latestFacts([])).toEqual({ latest: null, graded: null, rated: null, estimated: null });
  });
});
