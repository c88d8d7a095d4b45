import { describe, expect, it } from 'vitest';
import { and, aspirate, countNoun, inPlace, nasal, soft, welshList, type WelshNoun } from './welsh.ts';

const trosedd: WelshNoun = { singular: 'trosedd', plural: 'troseddau', gender: 'f' };
const cofnod: WelshNoun = { singular: 'cofnod', plural: 'cofnodion', gender: 'm' };
const llythyr: WelshNoun = { singular: 'llythyr', plural: 'llythyrau', gender: 'm' };
const llinell: WelshNoun = { singular: 'llinell', plural: 'llinellau', gender: 'f' };

describe('mutations', () => {
  it('soft: the radical consonants, digraphs left alone, capitals kept', () => {
    expect(['trosedd', 'maes', 'cofnod', 'pryder', 'blwyddyn', 'dyfarniad', 'gwella', 'llu', 'rhaglen'].map(soft)).toEqual([
      'drosedd', 'faes', 'gofnod', 'bryder', 'flwyddyn', 'ddyfarniad', 'wella', 'lu', 'raglen',
    ]);
    expect(['cheisio', 'ffordd', 'ddata', 'arolygiad', 'Gwent'].map(soft)).toEqual(['cheisio', 'ffordd', 'ddata', 'arolygiad', 'Went']);
  });
  it('aspirate changes only p, t and c', () => {
    expect(['prosesau', 'trosedd', 'cofnod', 'bwrdd', 'chwaer'].map(aspirate)).toEqual(['phrosesau', 'throsedd', 'chofnod', 'bwrdd', 'chwaer']);
  });
  it('nasal', () => {
    expect(['Gwent', 'Dyfed-Powys', 'Powys', 'Caerdydd', 'Bangor', 'Tywyn', 'Abertawe'].map(nasal)).toEqual([
      'Ngwent', 'Nyfed-Powys', 'Mhowys', 'Nghaerdydd', 'Mangor', 'Nhywyn', 'Abertawe',
    ]);
  });
  it('"in" a place: yn, ym or yng, with the nasal mutation', () => {
    expect(['Gwent', 'Dyfed-Powys', 'Gogledd Cymru', 'De Cymru', 'Powys', 'Bangor', 'Abertawe'].map(inPlace)).toEqual([
      'yng Ngwent', 'yn Nyfed-Powys', 'yng Ngogledd Cymru', 'yn Ne Cymru', 'ym Mhowys', 'ym Mangor', 'yn Abertawe',
    ]);
  });
});

describe('countNoun', () => {
  it('a feminine noun: un drosedd, dwy drosedd, tair trosedd, then figures with o and the mutated plural', () => {
    expect([0, 1, 2, 3, 4, 6, 10, 11, 20, 4400].map((n) => countNoun(n, trosedd))).toEqual([
      'dim troseddau', 'un drosedd', 'dwy drosedd', 'tair trosedd', 'pedair trosedd', 'chwe throsedd', 'deg trosedd',
      '11 o droseddau', '20 o droseddau', '4,400 o droseddau',
    ]);
  });
  it('a masculine noun: un cofnod, dau gofnod, tri chofnod, 20 o gofnodion', () => {
    expect([1, 2, 3, 4, 5, 20].map((n) => countNoun(n, cofnod))).toEqual(['un cofnod', 'dau gofnod', 'tri chofnod', 'pedwar cofnod', 'pum cofnod', '20 o gofnodion']);
  });
  it('ll and rh resist the mutation after un, not after dau and dwy', () => {
    expect([1, 2].map((n) => countNoun(n, llinell))).toEqual(['un llinell', 'dwy linell']);
    expect([1, 2].map((n) => countNoun(n, llythyr))).toEqual(['un llythyr', 'dau lythyr']);
  });
});

describe('welshList', () => {
  it('joins with a and the aspirate mutation, or ac before a vowel', () => {
    expect(welshList(['trais'])).toBe('trais');
    expect(welshList(['trais', 'cam-drin'])).toBe('trais a cham-drin');
    expect(welshList(['fel y’i cyhoeddwyd', 'wedi’i gyfrifo'])).toBe('fel y’i cyhoeddwyd ac wedi’i gyfrifo');
    expect(welshList(['un', 'dau', 'tri'])).toBe('un, dau a thri');
  });
});

describe('and(word), and mutations of an initialism', () => {
  it('gives a with the aspirate mutation, ac before a vowel, and leaves an initialism as it is', () => {
    expect(and('cyfradd')).toBe('a chyfradd');
    expect(and('Arolygiad cywirdeb data troseddu 2018')).toBe('ac Arolygiad cywirdeb data troseddu 2018');
    expect(and('PEEL: cywirdeb data troseddu 2022')).toBe('a PEEL: cywirdeb data troseddu 2022');
    expect([soft('PEEL'), nasal('CDI'), aspirate('Powys')]).toEqual(['PEEL', 'CDI', 'Phowys']);
  });
});
