import { describe, expect, it } from 'vitest';
import { catalogue } from './index.ts';

const { en, cy } = catalogue;

describe('generated sentences, written out in full', () => {
  it('a recording-rate chart summary', () => {
    expect(en.sentence.recordedShare({ rate: '89.5%' })).toBe('The force recorded 89.5% of reported crimes.');
    expect(cy.sentence.recordedShare({ rate: '89.5%' })).toBe('Cofnododd yr heddlu 89.5% o’r troseddau a adroddwyd iddo.');
  });

  it('a count of a feminine noun (trosedd): numeral, mutation and number agree', () => {
    const english = [1, 2, 3, 20, 4400].map((count) => en.sentence.unrecordedEachYear({ count }));
    expect(english).toEqual([
      'The inspectorate estimates that the force did not record 1 crime a year.',
      'The inspectorate estimates that the force did not record 2 crimes a year.',
      'The inspectorate estimates that the force did not record 3 crimes a year.',
      'The inspectorate estimates that the force did not record 20 crimes a year.',
      'The inspectorate estimates that the force did not record 4,400 crimes a year.',
    ]);
    const welsh = [1, 2, 3, 20, 4400].map((count) => cy.sentence.unrecordedEachYear({ count }));
    expect(welsh).toEqual([
      'Mae’r Arolygiaeth yn amcangyfrif nad oedd yr heddlu wedi cofnodi un drosedd bob blwyddyn.',
      'Mae’r Arolygiaeth yn amcangyfrif nad oedd yr heddlu wedi cofnodi dwy drosedd bob blwyddyn.',
      'Mae’r Arolygiaeth yn amcangyfrif nad oedd yr heddlu wedi cofnodi tair trosedd bob blwyddyn.',
      'Mae’r Arolygiaeth yn amcangyfrif nad oedd yr heddlu wedi cofnodi 20 o droseddau bob blwyddyn.',
      'Mae’r Arolygiaeth yn amcangyfrif nad oedd yr heddlu wedi cofnodi 4,400 o droseddau bob blwyddyn.',
    ]);
  });

  it('a count of a masculine noun (maes i’w wella): the object softens (ddau, dri), and the possessive agrees with the number', () => {
    expect([1, 2, 3, 20].map((count) => en.sentence.areasForImprovement({ count }))).toEqual([
      'The inspectorate identified 1 area for improvement.',
      'The inspectorate identified 2 areas for improvement.',
      'The inspectorate identified 3 areas for improvement.',
      'The inspectorate identified 20 areas for improvement.',
    ]);
    expect([1, 2, 3, 20].map((count) => cy.sentence.areasForImprovement({ count }))).toEqual([
      'Nododd yr Arolygiaeth un maes i’w wella.',
      'Nododd yr Arolygiaeth ddau faes i’w gwella.',
      'Nododd yr Arolygiaeth dri maes i’w gwella.',
      'Nododd yr Arolygiaeth 20 o feysydd i’w gwella.',
    ]);
  });

  it('a place after "in": the nasal mutation', () => {
    expect((['dyfed-powys', 'gwent', 'north-wales', 'south-wales'] as const).map((force) => cy.sentence.crimeRecordingIn({ force }))).toEqual([
      'Cofnodi trosedd yn Nyfed-Powys',
      'Cofnodi trosedd yng Ngwent',
      'Cofnodi trosedd yng Ngogledd Cymru',
      'Cofnodi trosedd yn Ne Cymru',
    ]);
    expect(en.sentence.crimeRecordingIn({ force: 'north-wales' })).toBe('Crime recording in North Wales');
  });

  it('a date from Intl in each language', () => {
    expect(en.sentence.publishedOn({ date: '2021-05-07' })).toBe('Published on 7 May 2021.');
    expect(cy.sentence.publishedOn({ date: '2021-05-07' })).toBe('Cyhoeddwyd ar 7 Mai 2021.');
    expect(cy.sentence.publishedOn({ date: '2018-12-05' })).toBe('Cyhoeddwyd ar 5 Rhagfyr 2018.');
  });

  it('the methodology’s comparison of two forces: whether the difference is significant, a clause of its own in Welsh', () => {
    const slots = { force: 'Metropolitan Police Service', rate: '89.5%', halfWidth: '±1.64', other: 'Kent Police', otherRate: '96.6%', otherInterval: '±1.20', gap: '7.1', z: '6.99', significant: true };
    expect(en.methodology.comparisons.example(slots)).toBe(
      'The Metropolitan Police Service (89.5% ±1.64) and Kent Police (96.6% ±1.20) are 7.1 points apart. That gap divided by the combined standard error is 6.99, so the difference is statistically significant.',
    );
    expect(cy.methodology.comparisons.example(slots)).toBe(
      'Mae bwlch o 7.1 pwynt canran rhwng y llu <span lang="en">Metropolitan Police Service</span> (89.5% ±1.64) a’r llu <span lang="en">Kent Police</span> (96.6% ±1.20). O rannu’r bwlch hwnnw â’r gwall safonol cyfun, ceir 6.99, felly mae’r gwahaniaeth yn ystadegol arwyddocaol.',
    );
    expect(cy.methodology.comparisons.example({ ...slots, z: '0.61', significant: false })).toBe(
      'Mae bwlch o 7.1 pwynt canran rhwng y llu <span lang="en">Metropolitan Police Service</span> (89.5% ±1.64) a’r llu <span lang="en">Kent Police</span> (96.6% ±1.20). O rannu’r bwlch hwnnw â’r gwall safonol cyfun, ceir 0.61, felly nid yw’r gwahaniaeth yn ystadegol arwyddocaol.',
    );
  });

  it('the methodology’s period of two-decimal rates, with and without undated reports', () => {
    expect(en.methodology.precision.period({ first: '28 August 2014', last: '9 February 2017', undated: 0 })).toBe('(in reports published from 28 August 2014 to 9 February 2017)');
    expect(cy.methodology.precision.period({ first: '28 Awst 2014', last: '9 Chwefror 2017', undated: 0 })).toBe('(mewn adroddiadau a gyhoeddwyd rhwng 28 Awst 2014 a 9 Chwefror 2017)');
    expect(cy.methodology.precision.period({ first: '28 Awst 2014', last: '9 Chwefror 2017', undated: 3 })).toBe(
      '(mewn adroddiadau a gyhoeddwyd rhwng 28 Awst 2014 a 9 Chwefror 2017, ac mewn 3 nad yw eu dyddiad cyhoeddi’n hysbys)',
    );
  });

  it('the data page’s counts of rows and the build line', () => {
    expect(en.dataPage.figuresCsv({ rows: 199 })).toBe(': every figure of every inspection, one row per inspection and measure (199 rows).');
    expect(cy.dataPage.figuresCsv({ rows: 199 })).toBe(': pob ffigur o bob arolygiad, un rhes i bob arolygiad a mesur (199 rhes).');
    expect(cy.dataPage.build({ version: '1.2.0', date: '3 Rhagfyr 2026' })).toBe('Yr adeiladwaith hwn: cdi-reports 1.2.0, data a gyhoeddwyd hyd at 3 Rhagfyr 2026.');
    expect(en.dataPage.build({ version: '1.2.0', date: '3 December 2026' })).toBe('This build: cdi-reports 1.2.0, data published up to 3 December 2026.');
  });
});
