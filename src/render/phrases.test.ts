import { describe, expect, it } from 'vitest';
import type { Figure } from '../engine/compute/model.ts';
import { reportFor } from '../../tests/render/fixtureReports.ts';
import { citeFigure } from './phrases.ts';

const met = reportFor('northshire/2018-cdi');
const figure = (measure: string): Figure => met.figures.find((f) => f.measure === measure) as Figure;
const page = 'https://cdi-reports.example.org/forces/northshire/2018-cdi/';

describe('citeFigure(report, figure, pageUrl)', () => {
  it('gives the figure, the publication, the source with its status and the figure anchor', () => {
    expect(citeFigure(met, figure('overall'), page)).toBe(
      'Northshire Constabulary: 89.5% (±1.64) of reported crimes were recorded. ' +
        'HMICFRS, Northshire Constabulary: Crime data integrity inspection 2018, published 17 July 2018. ' +
        'https://example.org/northshire-2018 (figure as published). ' +
        'Cited from https://cdi-reports.example.org/forces/northshire/2018-cdi/#figure-overall',
    );
  });

  it('says a rate computed from counts is computed, and gives the counts', () => {
    const text = citeFigure(met, figure('rape'), page);
    expect(text).toMatch(/^Northshire Constabulary: 83\.1% \(98 of 118\) of reports of rape were recorded correctly\./);
    expect(text).toContain('(figure computed from counts)');
    expect(text).toMatch(/#figure-rape$/);
  });

  it('states a count without a rate', () => {
    expect(citeFigure(met, figure('reports-audited'), page)).toMatch(/^Northshire Constabulary: 1,396 crime reports were audited\./);
  });

  it('says "not published" for a figure without a value, never 0', () => {
    const empty: Figure = { ...figure('overall'), rate: null, interval: null, approx: null };
    expect(citeFigure(met, empty, page)).toMatch(/^Northshire Constabulary: All crime: not published\./);
  });

  it('says when the publication date is not published', () => {
    expect(citeFigure({ ...met, published: null }, figure('overall'), page)).toContain('Crime data integrity inspection 2018, publication date not published.');
  });
});
