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
  it('the home page’s lead: a count of inspections (masculine) and of forces, with *o* and the plural over ten', () => {
    expect(en.home.lead({ inspections: 141, forces: 43 })).toBe('141 crime-recording inspections of the 43 forces of England and Wales, every figure with its source.');
    expect(cy.home.lead({ inspections: 141, forces: 43 })).toBe('141 o arolygiadau cofnodi trosedd o’r 43 o heddluoedd yng Nghymru a Lloegr, pob ffigur gyda’i ffynhonnell.');
    // Under eleven, the numeral as a word takes the singular, and the sentence starts with a capital.
    expect(cy.home.lead({ inspections: 3, forces: 2 })).toBe('Tri arolygiad cofnodi trosedd o’r dau heddlu yng Nghymru a Lloegr, pob ffigur gyda’i ffynhonnell.');
  });

  it('the home page’s place hint: *lle* softens to *leoedd* after *o*', () => {
    expect(cy.home.findPlaces({ places: 1200, forces: 43 })).toBe(
      'Mae hefyd yn dod o hyd i heddlu yn ôl lle yn ei ardal: 1,200 o leoedd (siroedd, ardaloedd, bwrdeistrefi, dinasoedd a threfi) yn ardaloedd 43 o heddluoedd, pob un wedi’i sillafu fel y mae testun cyhoeddedig yn ei enwi. Nid yw llawer o drefi a rhai cynghorau yn y rhestr eto.',
    );
    expect(en.home.allForces({ count: 43 })).toBe('All 43 forces');
    expect(cy.home.allForces({ count: 43 })).toBe('Pob un o’r 43 o heddluoedd');
  });
  it('the national chart’s count of rates: *cyfradd* is feminine, and its adjective softens after the singular only', () => {
    expect(en.chart.nationalSeries.forces({ count: 87, from: '2014', to: '2025' })).toBe(
      '87 exact overall recording rates of forces, from 2014 to 2025, drawn as grey dots by the time of their inspection.',
    );
    expect(cy.chart.nationalSeries.forces({ count: 87, from: '2014', to: '2025' })).toBe(
      '87 o gyfraddau cofnodi cyffredinol union gan heddluoedd, o 2014 i 2025, wedi’u lluniadu fel dotiau llwyd yn ôl amser eu harolygiad.',
    );
    expect(cy.chart.nationalSeries.forces({ count: 1, from: '2014', to: '2014' })).toBe(
      'Un gyfradd cofnodi gyffredinol union gan heddluoedd, o 2014 i 2014, wedi’u lluniadu fel dotiau llwyd yn ôl amser eu harolygiad.',
    );
    expect(cy.chart.nationalSeries.forces({ count: 0, from: null, to: null })).toBe(
      'Dim cyfraddau cofnodi cyffredinol union gan heddluoedd, heb flwyddyn, wedi’u lluniadu fel dotiau llwyd yn ôl amser eu harolygiad.',
    );
  });

  it('the map’s square read out: grade with scale and year, then the rate or why it has none', () => {
    const tile = { force: 'Heddlu Gwent', grade: 'Angen gwella', scale: 'CDI', year: '2018', rate: '88.4%' };
    expect(cy.chart.tileMap.tileLabel(tile)).toBe('Heddlu Gwent: angen gwella (CDI, 2018), cyfradd cofnodi 88.4%');
    expect(en.chart.tileMap.tileLabel({ ...tile, force: 'Gwent Police', grade: 'Requires improvement' })).toBe('Gwent Police: requires improvement (CDI, 2018), recording rate 88.4%');
    expect(cy.chart.tileMap.tileLabel({ ...tile, grade: null, scale: null })).toBe('Heddlu Gwent: dim gradd wedi’i chyhoeddi, cyfradd cofnodi 88.4% (2018)');
    // Why a rate is missing is the catalogue's absence words, whichever they are.
    expect(cy.chart.tileMap.tileLabel({ ...tile, rate: cy.absence('rate')['not-found'] })).toBe(`Heddlu Gwent: angen gwella (CDI, 2018), cyfradd cofnodi ${cy.absence('rate')['not-found']}`);
  });

  it('the changes page’s counts: *newid* is masculine, and a count starts its sentence with a capital', () => {
    const counts = { all: 61, byCounts: 20, byIntervals: 30, untested: 11, significant: 2, up: 2, down: 0, forcesWithoutChange: 3 };
    expect(en.changes.counts(counts)).toEqual([
      '61 changes between consecutive inspections of the same force that published the same rate.',
      '50 can be tested for chance: 20 from the audit counts (a two-proportion test) and 30 from the printed 95% intervals. 11 cannot be tested, because no 95% interval was published (or found) for one of the two rates.',
      'Of those tested, 2 changes are statistically significant at the 95% level: 2 up and 0 down. The others could be chance variation in the audited samples.',
      '3 forces have at most one rate of each kind in this data, so no change to show.',
    ]);
    expect(cy.changes.counts(counts)).toEqual([
      '61 o newidiadau rhwng arolygiadau olynol o’r un heddlu a gyhoeddodd yr un gyfradd.',
      'Gellir profi 50 o newidiadau am siawns: 20 o’r cyfrifon archwilio (prawf dwy gyfran) a 30 o’r cyfyngau 95% a argraffwyd. Ni ellir profi 11 o newidiadau, am na chyhoeddwyd (neu na chanfuwyd) cyfwng 95% ar gyfer un o’r ddwy gyfradd.',
      'O’r rhai a brofwyd, mae dau newid yn ystadegol arwyddocaol ar y lefel 95%: 2 i fyny a 0 i lawr. Gallai’r lleill fod yn amrywiad siawns yn y samplau a archwiliwyd.',
      'Mae gan dri heddlu un gyfradd o bob math ar y mwyaf yn y data hwn, felly dim newid i’w ddangos.',
    ]);
  });
  it('the changes page’s count of significant changes: none is *nid oes yr un newid*', () => {
    const counts = { all: 18, byCounts: 0, byIntervals: 2, untested: 16, significant: 0, up: 0, down: 0, forcesWithoutChange: 30 };
    expect(cy.changes.counts(counts)[2]).toBe('O’r rhai a brofwyd, nid oes yr un newid yn ystadegol arwyddocaol ar y lefel 95%: 0 i fyny a 0 i lawr. Gallai’r lleill fod yn amrywiad siawns yn y samplau a archwiliwyd.');
    expect(en.changes.counts(counts)[2]).toBe('Of those tested, 0 changes are statistically significant at the 95% level: 0 up and 0 down. The others could be chance variation in the audited samples.');
  });
  it('the coverage page: *rhes* is feminine and softens after *o* (*44 o resi*); *chwiliad* takes the aspirate after *tri* (*tri chwiliad*)', () => {
    expect(en.coverage.countsLead({ rows: 44 })).toBe('Of the 44 rows (each force, and England and Wales), for each cycle:');
    expect(cy.coverage.countsLead({ rows: 44 })).toBe('O’r 44 o resi (pob heddlu, a Chymru a Lloegr), ar gyfer pob cylch:');
    expect([1, 3, 4, 12].map((count) => en.coverage.cell.queries({ count }))).toEqual([' (1 query)', ' (3 queries)', ' (4 queries)', ' (12 queries)']);
    expect([1, 3, 4, 12].map((count) => cy.coverage.cell.queries({ count }))).toEqual([' (un chwiliad)', ' (tri chwiliad)', ' (pedwar chwiliad)', ' (12 o chwiliadau)']);
    expect(cy.coverage.counts({ held: 11, searched: 0, notSearched: 0, notApplicable: 33 })).toBe('wedi’i gadw ar gyfer 11, wedi chwilio heb ganfod ar gyfer 0, dim i chwilio amdano ar gyfer 33.');
    expect(en.coverage.counts({ held: 11, searched: 0, notSearched: 2, notApplicable: 33 })).toBe('held for 11, searched and not found for 0, not yet searched for 2, none to look for in 33.');
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

  it('the overview’s lead, with and without a date, and its undated inspections', () => {
    expect(en.overview.lead({ forces: 43, inspected: 43, updated: '24 July 2025' })).toBe(
      'The latest crime data integrity findings for each of the 43 police forces in England and Wales. 43 of them have an inspection in this data; the most recent publication date known is 24 July 2025.',
    );
    expect(cy.overview.lead({ forces: 43, inspected: 43, updated: '24 Gorffennaf 2025' })).toBe(
      'Canfyddiadau cywirdeb data troseddu diweddaraf pob un o’r 43 o heddluoedd yng Nghymru a Lloegr. Mae gan 43 ohonynt arolygiad yn y data hwn; y dyddiad cyhoeddi diweddaraf sy’n hysbys yw 24 Gorffennaf 2025.',
    );
    // After the article, *dau* softens: *o’r ddau heddlu*.
    expect(cy.overview.lead({ forces: 2, inspected: 1, updated: null })).toBe('Canfyddiadau cywirdeb data troseddu diweddaraf pob un o’r ddau heddlu yng Nghymru a Lloegr. Mae gan 1 ohonynt arolygiad yn y data hwn.');
    expect(cy.overview.undated({ count: 19 })).toBe('Nid oes gan 19 o arolygiadau diweddaraf yr heddluoedd ddyddiad cyhoeddi hysbys.');
  });

  it('the overview’s rates chart: the median of a count of rates (cyfradd, feminine: its adjective softens after a numeral up to ten, not after the plural)', () => {
    expect(en.chart.nationalRates.summaryMedian({ count: 43, median: '90.5%' })).toBe(
      'The median of these 43 latest rates is 90.5%: half of these forces are at or above it and half at or below. It is not a national recording rate.',
    );
    expect([1, 3, 43].map((count) => cy.chart.nationalRates.summaryMedian({ count, median: '90.5%' }))).toEqual([
      'Canolrif yr un gyfradd ddiweddaraf hon yw 90.5%: mae hanner yr heddluoedd hyn ar y canolrif neu’n uwch, a hanner arno neu’n is. Nid yw’n gyfradd cofnodi genedlaethol.',
      'Canolrif y tair cyfradd ddiweddaraf hyn yw 90.5%: mae hanner yr heddluoedd hyn ar y canolrif neu’n uwch, a hanner arno neu’n is. Nid yw’n gyfradd cofnodi genedlaethol.',
      'Canolrif y 43 o gyfraddau diweddaraf hyn yw 90.5%: mae hanner yr heddluoedd hyn ar y canolrif neu’n uwch, a hanner arno neu’n is. Nid yw’n gyfradd cofnodi genedlaethol.',
    ]);
    expect(cy.chart.nationalRates.summaryCount({ count: 40, all: 43 })).toBe('Mae gan 40 o’r 43 o heddluoedd gyfradd cofnodi gyffredinol wedi’i chyhoeddi.');
    expect(cy.chart.nationalRates.medianRow({ count: 2 })).toBe('Canolrif y ddwy gyfradd ddiweddaraf hyn');
  });

  it('the overview’s national line, drawn or not, with its estimate of crimes not recorded', () => {
    expect(en.chart.nationalRates.referenceLine({ rate: '94.8%', label: 'England and Wales, 2025', year: '2025', unrecorded: 'over 285,000' })).toBe(
      "The solid line is the national recording rate, 94.8% (England and Wales, 2025): it is from 2025, not from the years of the forces' rates; it estimated that over 285,000 crimes a year were not recorded.",
    );
    expect(cy.chart.nationalRates.referenceLine({ rate: '94.8%', label: 'Cymru a Lloegr, 2025', year: '2025', unrecorded: 'dros 285,000' })).toBe(
      'Y llinell solet yw’r gyfradd cofnodi genedlaethol, 94.8% (Cymru a Lloegr, 2025): mae’n dod o 2025, nid o flynyddoedd cyfraddau’r heddluoedd; amcangyfrifodd fod dros 285,000 o droseddau y flwyddyn heb eu cofnodi.',
    );
    expect(cy.chart.nationalRates.referenceNone({ label: 'Cymru a Lloegr, 2014', approx: '81%', unrecorded: null })).toBe(
      'Ni luniwyd llinell genedlaethol: ni chyhoeddodd yr arolygiad cenedlaethol (Cymru a Lloegr, 2014) gyfradd cofnodi genedlaethol union, dim ond y talgrynnu “81%” yn y wasg.',
    );
  });

  it('the overview’s grade spread: forces counted on each scale, and those without a grade (gan softens the count)', () => {
    const counts = [{ grade: 'Good', count: 6 }, { grade: 'Requires improvement', count: 1 }];
    expect(en.chart.gradeSpread.summaryScale({ scale: en.chart.gradeSpread.scale['four-grade'], counts })).toBe(
      'Crime data integrity inspections (four grades, 2016–2020): good, 6 forces; requires improvement, 1 force.',
    );
    expect(cy.chart.gradeSpread.summaryScale({ scale: cy.chart.gradeSpread.scale['four-grade'], counts: [{ grade: 'Da', count: 6 }, { grade: 'Angen gwella', count: 1 }] })).toBe(
      'Arolygiadau cywirdeb data troseddu (pedair gradd, 2016–2020): da, chwe heddlu; angen gwella, un heddlu.',
    );
    expect([0, 2, 5, 20].map((count) => cy.chart.gradeSpread.summaryUngraded({ count }))).toEqual([
      'Mae gan bob heddlu radd gyffredinol yn y data hwn.',
      'Nid oes gan ddau heddlu radd gyffredinol yn y data hwn.',
      'Nid oes gan bum heddlu radd gyffredinol yn y data hwn.',
      'Nid oes gan 20 o heddluoedd radd gyffredinol yn y data hwn.',
    ]);
    expect([0, 3].map((count) => cy.chart.gradeSpread.ungraded({ count }))).toEqual(['Dim un heddlu heb radd gyffredinol yn y data hwn', 'Tri heddlu: dim gradd gyffredinol yn y data hwn']);
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
