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

  it('absence words agree with the noun they describe: gender in Welsh (ei + soft, ei + aspirate, eu), the same words in English', () => {
    expect(cy.absence('grade')['not-found']).toBe('heb ei chanfod eto');
    expect(cy.absence('rate')['not-published']).toBe('heb ei chyhoeddi gan y ffynhonnell');
    expect(cy.absence('rate').pending).toBe('heb ei chyhoeddi eto');
    expect(cy.absence('population').notPublished).toBe('heb ei chyhoeddi');
    expect(cy.absence('date')['not-found']).toBe('heb ei ganfod eto');
    expect(cy.absence('interval').notPublished).toBe('heb ei gyhoeddi');
    expect(cy.absence('figure').pending).toBe('heb ei gyhoeddi eto');
    expect(cy.absence('audited').notPublished).toBe('heb eu cyhoeddi');
    expect(cy.absence('grade')['not-applicable']).toBe('amherthnasol');
    expect(en.absence('grade')).toEqual(en.absence('interval'));
    expect(en.absence('grade')['not-found']).toBe('not found yet');
  });
});
