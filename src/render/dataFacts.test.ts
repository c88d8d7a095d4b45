import { describe, expect, it } from 'vitest';
import { figure, report } from '../../tests/overview/reportFixture.ts';
import type { Site } from '../engine/compute/model.ts';
import { dataFacts } from './dataFacts.ts';

const printed = (rate: number, decimals: number) => ({ ...figure('overall', rate), printedDecimals: decimals });
const inspectorate = 'https://www.justiceinspectorates.gov.uk/hmicfrs/publications/a/';
const site = {
  reports: [
    { ...report('a', '2016-cdi', '2016-08-25', [printed(94.59, 2)]), sourceUrl: inspectorate },
    { ...report('b', '2017-cdi', '2017-02-09', [printed(89.56, 2)]), sourceUrl: inspectorate },
    { ...report('c', '2018-cdi', '2018-07-17', [printed(89.5, 1)]), sourceUrl: inspectorate },
    { ...report('d', '2017-cdi', null, [printed(91.02, 2)]), sourceUrl: 'https://www.bbc.co.uk/news/x' },
  ].map((r) => ({ ...r, figures: r.figures.map((f) => ({ ...f, source: r.sourceUrl })) })),
} as unknown as Site;

describe('dataFacts', () => {
  const facts = dataFacts(site);

  it('dataFacts(site) counts the inspections and figures whose source is not the inspectorate', () => {
    expect(facts).toMatchObject({ inspections: 4, otherSourced: 1, figures: 4, otherSourcedFigures: 1 });
  });

  it('dataFacts(site) dates the rates printed to two decimals from the data: August 2016, not "early 2017"', () => {
    expect(facts.twoDecimal).toEqual({ count: 3, first: { date: '2016-08-25', text: '2016-08-25' }, last: { date: '2017-02-09', text: '2017-02-09' }, undated: 1 });
  });
});
