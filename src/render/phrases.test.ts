import { describe, expect, it } from 'vitest';
import type { Figure } from '../engine/compute/model.ts';
import { reportFor } from '../../tests/render/fixtureReports.ts';
import { figureStatus } from '../engine/compute/figureStatus.ts';
import { citeFigure, countStatus, figureStatusText, figuresByStatus, gradesQuestions, keyFigures, publicationText } from './phrases.ts';
import { publisherOf } from './publishers.ts';

const met = reportFor('northshire/2018-cdi');
const figure = (measure: string): Figure => met.figures.find((f) => f.measure === measure) as Figure;
const page = 'https://cdi-reports.example.org/forces/northshire/2018-cdi/';

describe('citeFigure(report, figure, pageUrl)', () => {
  it('gives the figure, the publication, the source with its status and the figure anchor', () => {
    expect(citeFigure(met, figure('overall'), page)).toBe(
      'Northshire Constabulary: 89.5% (±1.64) of reported crimes were recorded. ' +
        'HMICFRS, Northshire Constabulary: Crime data integrity inspection 2018, published 17 July 2018. ' +
        'HMICFRS: https://www.justiceinspectorates.gov.uk/hmicfrs/publications/northshire-2018 (figure as published). ' +
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

  it('says why a figure has no value (not published by the source, or not found yet), never 0', () => {
    const empty: Figure = { ...figure('overall'), rate: null, interval: null, approx: null };
    const absent = (rate: 'not-published' | 'not-found'): Figure => ({ ...empty, absent: { ...empty.absent, rate } });
    expect(citeFigure(met, absent('not-published'), page)).toMatch(/^Northshire Constabulary: All crime: not published by the source\./);
    expect(citeFigure(met, absent('not-found'), page)).toMatch(/^Northshire Constabulary: All crime: not found yet\./);
  });

  it('says when the publication date is not published', () => {
    expect(citeFigure({ ...met, published: null }, figure('overall'), page)).toContain('Crime data integrity inspection 2018, publication date not known.');
  });
});

describe('publicationText(report): who published the source', () => {
  const at = (sourceUrl: string, date: string | null) => ({ ...met, sourceUrl, published: date ? { date, text: date } : null });
  const inspectorate = 'https://www.justiceinspectorates.gov.uk/hmicfrs/publications/northshire-2018/';

  it('credits the inspectorate by its name at the time: HMIC before 19 July 2017, HMICFRS from then', () => {
    expect(publicationText(at(inspectorate, '2018-07-17'))).toBe('HMICFRS, Northshire Constabulary: Crime data integrity inspection 2018, published 17 July 2018');
    expect(publicationText(at(inspectorate, '2016-08-25'))).toMatch(/^HMIC, Northshire Constabulary: /);
  });

  it('names a newspaper, broadcaster or commissioner that the source is, never crediting it to the inspectorate alone', () => {
    expect(publicationText(at('https://www.bbc.co.uk/news/uk-england-1', '2018-07-17'))).toBe('HMICFRS, Northshire Constabulary: Crime data integrity inspection 2018, published 17 July 2018, as reported by BBC');
    expect(publicationText(at('https://itv.com/news/2018', null))).toMatch(/publication date not known, as reported by ITV$/);
    expect(publicationText(at('https://www.kent-pcc.gov.uk/news/1', null))).toMatch(/as reported by the Kent Police and Crime Commissioner$/);
    expect(publicationText(at('https://news.example.net/a/b', null))).toMatch(/as reported by news\.example\.net$/);
  });
});

describe('publisherOf(url, date)', () => {
  it('reads the publisher from a table of known hosts, falling back to the host name', () => {
    expect(publisherOf('https://hmicfrs.justiceinspectorates.gov.uk/publications/x/', '2022-03-01')).toBe('HMICFRS');
    expect(publisherOf('http://www.justiceinspectorates.gov.uk/hmic/publications/x/', '2014-11-18')).toBe('HMIC');
    expect(publisherOf('https://github.com/BBC-Data-Unit/inadequate-crime-recording', null)).toBe('BBC Data Unit');
    expect(publisherOf('http://www.bbc.com/news/uk-1', null)).toBe('BBC');
    expect(publisherOf('https://www.unknown-paper.co.uk/news/1', null)).toBe('unknown-paper.co.uk');
  });
});

describe('figuresByStatus(report): the Source section and the figure table agree on what is published', () => {
  const only = (changes: Partial<Figure>): Figure => ({ ...figure('overall'), rate: null, interval: null, unrecorded: null, additional: null, approx: null, countText: null, numerator: null, denominator: null, ...changes });

  it('counts a press rounding, an "over N" estimate or a count alone as published, as the figure table marks them', () => {
    const report = { ...met, figures: [only({ measure: 'overall', approx: 'nearly 95 percent' }), only({ measure: 'violence', unrecorded: { over: 6700, qualifier: 'over', text: 'over 6,700', status: 'published', range: null } }), figure('rape')] };
    const lists = figuresByStatus(report);
    expect(lists.published.map((f) => f.measure)).toEqual(['overall', 'violence']);
    expect(lists.computed.map((f) => f.measure)).toEqual(['rape']);
    for (const f of report.figures) expect(figureStatus(f)).toBe(lists.published.includes(f) ? 'published' : 'computed');
  });

  it('lists a figure without any value, or a pending one, under neither', () => {
    const lists = figuresByStatus({ ...met, figures: [only({}), { ...only({}), pending: true }] });
    expect(lists).toEqual({ published: [], computed: [], audit: [] });
  });

  it('lists a figure counted from the audit sheet under its own provenance, count and rate alike, never as published', () => {
    const counted = only({ measure: 'reports-audited', numerator: 95, countText: '95', fromAudit: true });
    const rated = { ...figure('rape'), fromAudit: true };
    const lists = figuresByStatus({ ...met, figures: [counted, rated] });
    expect(lists.audit.map((f) => f.measure)).toEqual(['reports-audited', 'rape']);
    expect(lists.published).toEqual([]);
    expect(figureStatusText(counted)).toBe('counted from the audit sheet');
    expect(countStatus(counted)).toBe('audit');
    expect(countStatus(figure('rape'))).toBe('published');
  });
});

describe('keyFigures(report): the headline figures of a report page', () => {
  it('shows a 2014 dip sample as its own rate, with its own label, never as the overall recording rate', () => {
    const dip = reportFor('southdale/2014-dip-sample');
    const shown = keyFigures(dip);
    expect(shown.map((k) => [k.heading, k.figure?.measure])).toEqual([['2014 dip sample: recorded of crimes audited', 'dip-sample']]);
    expect(shown[0]!.figure?.rate?.text).toBe('83.8%');
    expect(dip.figures.find((f) => f.measure === 'dip-sample')?.label).toBe('2014 dip sample: recorded of crimes audited');
  });

  it('names the crime group of each estimate of crimes not recorded', () => {
    expect(keyFigures(met).map((k) => [k.heading, k.unrecordedLabel])).toEqual([
      ['Overall recording rate', 'reports of crime a year not recorded'],
      ['Violence against the person', 'reports of violent crime a year not recorded'],
      ['Sexual offences (including rape)', 'reports of sexual offences a year not recorded'],
    ]);
  });
});

describe('gradesQuestions(report): whether the page lists the three CDI question grades', () => {
  it('lists them for CDI inspections and re-inspections, where they are graded or not published', () => {
    expect(gradesQuestions(met)).toBe(true);
    expect(gradesQuestions({ ...met, kind: 'cdi-reinspection', grades: { ...met.grades, questions: { 1: null, 2: null, 3: null } } })).toBe(true);
  });

  it('leaves them out for PEEL, national and dip-sample reports, which do not grade them, unless the data has one', () => {
    const ungraded = { ...met.grades, questions: { 1: null, 2: null, 3: null } };
    for (const kind of ['peel', 'national', 'dip-sample-2014'] as const) expect(gradesQuestions({ ...met, kind, grades: ungraded }), kind).toBe(false);
    expect(gradesQuestions({ ...met, kind: 'peel', grades: { ...ungraded, questions: { 1: 'good', 2: null, 3: null } } })).toBe(true);
  });
});

describe('the citation words in Welsh', () => {
  it('publicationText(report, "cy") names the force and the inspection in Welsh, with a Welsh date', () => {
    const gwent = { ...met, force: { ...met.force, id: 'gwent', name: 'Gwent Police' }, kind: 'cdi' as const, year: '2018', published: { date: '2018-07-17', text: '17 July 2018' } };
    expect(publicationText(gwent, 'cy')).toBe('HMICFRS, Heddlu Gwent: Arolygiad cywirdeb data troseddu 2018, cyhoeddwyd 17 Gorffennaf 2018');
    expect(publicationText({ ...gwent, published: null }, 'cy')).toBe('HMICFRS, Heddlu Gwent: Arolygiad cywirdeb data troseddu 2018, dyddiad cyhoeddi heb ei wybod');
  });
});
