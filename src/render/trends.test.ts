import { describe, expect, it } from 'vitest';
import { figure, report } from '../../tests/overview/reportFixture.ts';
import { buildComparisons } from '../engine/compute/buildComparisons.ts';
import { changeText, significantText, trendSummary } from './trends.ts';

// Two CDI inspections (2016, 2018) and a PEEL one (2022): the Welsh names them by kind and year from the catalogue.
const untestable = buildComparisons([report('k', 'a', '2017-06-15', [figure('overall', 83.6, 1.85)]), report('k', 'b', '2019-01-15', [figure('overall', 96.6)])]);
const notSignificant = buildComparisons([report('k', 'a', '2016-01-01', [figure('overall', 80, 3.15)]), report('k', 'b', '2018-01-01', [figure('overall', 83, 3)])]);
const significantDown = buildComparisons([
  report('k', 'a', '2016-01-01', [figure('overall', 90, null, [90, 100])]),
  report('k', 'b', '2022-01-01', [figure('overall', 80, null, [80, 100]), figure('violence', 76.1, 3.21)], { kind: 'peel' }),
]);
const unchanged = buildComparisons([report('k', 'a', '2016-01-01', [figure('overall', 80.01)]), report('k', 'b', '2018-01-01', [figure('overall', 79.98)])]);
const none = buildComparisons([report('k', 'a', '2016-01-01', [])]);

describe('a force’s change over time in words, written out in full', () => {
  it('the latest change that cannot be tested', () => {
    expect(trendSummary('en', untestable[0]!)).toBe(
      'The recording rate for all crime went up 13.0 points between Inspection a (83.6%) and Inspection b (96.6%). Whether this is more than chance cannot be tested, because one of the two inspections has no 95% interval in this data.',
    );
    expect(trendSummary('cy', untestable[0]!)).toBe(
      'Aeth y gyfradd cofnodi ar gyfer pob trosedd i fyny 13.0 pwynt rhwng Arolygiad cywirdeb data troseddu 2017 (83.6%) ac Arolygiad cywirdeb data troseddu 2019 (96.6%). Ni ellir profi a yw hyn yn fwy na siawns, gan nad oes gan un o’r ddau arolygiad gyfwng 95% yn y data hwn.',
    );
  });

  it('a change that is not significant', () => {
    expect(trendSummary('en', notSignificant[0]!)).toBe(
      'The recording rate for all crime went up 3.0 points between Inspection a (80%) and Inspection b (83%). This change is not statistically significant at the 95% level: it could be chance variation in the audited samples.',
    );
    expect(trendSummary('cy', notSignificant[0]!)).toBe(
      'Aeth y gyfradd cofnodi ar gyfer pob trosedd i fyny 3.0 pwynt rhwng Arolygiad cywirdeb data troseddu 2016 (80%) ac Arolygiad cywirdeb data troseddu 2018 (83%). Nid yw’r newid hwn yn ystadegol arwyddocaol ar y lefel 95%: gallai fod yn amrywiad siawns yn y samplau a archwiliwyd.',
    );
  });

  it('a significant fall to a PEEL inspection: an initialism after "a" (and) keeps its letters', () => {
    expect(trendSummary('cy', significantDown[0]!)).toBe(
      'Aeth y gyfradd cofnodi ar gyfer pob trosedd i lawr 10.0 pwynt rhwng Arolygiad cywirdeb data troseddu 2016 (90%) a PEEL: cywirdeb data troseddu 2022 (80%). Mae’r newid hwn yn ystadegol arwyddocaol ar y lefel 95%.',
    );
    expect(trendSummary('en', significantDown[0]!)).toBe(
      'The recording rate for all crime went down 10.0 points between Inspection a (90%) and Inspection b (80%). This change is statistically significant at the 95% level.',
    );
  });

  it('no change, one rate, no rate: the series is the object of the verb, softened in Welsh', () => {
    expect(trendSummary('cy', unchanged[0]!)).toBe(
      'Ni newidiodd y gyfradd cofnodi ar gyfer pob trosedd rhwng Arolygiad cywirdeb data troseddu 2016 (80.01%) ac Arolygiad cywirdeb data troseddu 2018 (79.98%). Ni ellir profi a yw hyn yn fwy na siawns, gan nad oes gan un o’r ddau arolygiad gyfwng 95% yn y data hwn.',
    );
    expect(trendSummary('en', significantDown[1]!)).toBe('Only one inspection published the recording rate for violence against the person (76.1%), so there is no change to compare.');
    expect(trendSummary('cy', significantDown[1]!)).toBe('Dim ond un arolygiad a gyhoeddodd y gyfradd cofnodi ar gyfer trais yn erbyn y person (76.1%), felly nid oes newid i’w gymharu.');
    expect(trendSummary('en', none[0]!)).toBe('No inspection of this force published the recording rate for all crime.');
    expect(trendSummary('cy', none[0]!)).toBe('Ni chyhoeddodd unrhyw arolygiad o’r heddlu hwn y gyfradd cofnodi ar gyfer pob trosedd.');
  });

  it('a change and its significance as the table gives them', () => {
    const change = (trends: typeof untestable) => trends[0]!.rows.at(-1)!.change!;
    expect([untestable, significantDown, unchanged].map((t) => changeText('en', change(t)))).toEqual(['up 13.0 points', 'down 10.0 points', 'no change']);
    expect([untestable, significantDown, unchanged].map((t) => changeText('cy', change(t)))).toEqual(['i fyny 13.0 pwynt', 'i lawr 10.0 pwynt', 'dim newid']);
    expect([significantDown, notSignificant, untestable].map((t) => significantText('en', change(t)))).toEqual(['Yes', 'No', 'Cannot be tested: a rate has no 95% interval']);
    expect([significantDown, notSignificant, untestable].map((t) => significantText('cy', change(t)))).toEqual(['Ydy', 'Nac ydy', 'Ni ellir ei brofi: nid oes gan un gyfradd gyfwng 95%']);
  });
});
