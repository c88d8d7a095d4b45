/**
 * The Welsh message catalogue. Its type is the English catalogue's, so a missing key does not compile. The
 * templates are Welsh sentences in their own right: counts go through `countNoun` (numeral, gender, mutation,
 * number) and place names after *yn* through `inPlace` (nasal mutation). Terms and their sources:
 * docs/welsh-terms.md.
 */
import { welshFigureWords } from '../engine/vocabulary.ts';
import type { TrendMeasure } from '../engine/vocabulary.ts';
import type { AbsentNoun, Messages } from './en.ts';
import { formatDate, formatNumber } from './format.ts';
import { and, aspirate, countNoun, inPlace, soft, welshList, type WelshNoun } from './welsh.ts';

const trosedd: WelshNoun = { singular: 'trosedd', plural: 'troseddau', gender: 'f' };
const arolygiad: WelshNoun = { singular: 'arolygiad', plural: 'arolygiadau', gender: 'm' };
const heddlu: WelshNoun = { singular: 'heddlu', plural: 'heddluoedd', gender: 'm' };
const cyfradd: WelshNoun = { singular: 'cyfradd', plural: 'cyfraddau', gender: 'f' };
const newid: WelshNoun = { singular: 'newid', plural: 'newidiadau', gender: 'm' };
const chwiliad: WelshNoun = { singular: 'chwiliad', plural: 'chwiliadau', gender: 'm' };
const rhes: WelshNoun = { singular: 'rhes', plural: 'rhesi', gender: 'f' };
const lle: WelshNoun = { singular: 'lle', plural: 'lleoedd', gender: 'm' };
/** A sentence that starts with a count: "Tri arolygiad…", "150 o arolygiadau…". */
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** A count after the article (*y*, *’r*): *dau* and *dwy* soften after it (*y ddwy gyfradd*, *o’r ddau heddlu*). */
const afterThe = (n: number, noun: WelshNoun) => (n === 2 ? soft(countNoun(n, noun)) : countNoun(n, noun));
/** "the median of these N latest rates": *cyfradd* is feminine, and its adjective softens after the singular a numeral up to ten takes (*tair cyfradd ddiweddaraf*), not after the plural (*40 o gyfraddau diweddaraf*). */
function canolrif(count: number): string {
  if (count === 1) return 'canolrif yr un gyfradd ddiweddaraf hon';
  return `canolrif y ${afterThe(count, cyfradd)} ${count <= 10 ? 'ddiweddaraf' : 'diweddaraf'} hyn`;
}
const maesIWella: WelshNoun = { singular: 'maes i’w wella', plural: 'meysydd i’w gwella', counted: 'maes i’w gwella', gender: 'm' };

/**
 * The gender of each noun a page says is missing: *cyfradd* (rate), *gradd* (grade) and *poblogaeth* (population)
 * are feminine; the reports audited and the crimes that came by an auditable route are plural.
 */
const absentGender: Record<AbsentNoun, WelshNoun['gender'] | 'pl'> = {
  rate: 'f',
  grade: 'f',
  interval: 'm',
  figure: 'm',
  count: 'm',
  estimate: 'm',
  date: 'm',
  period: 'm',
  change: 'm',
  audited: 'pl',
  auditableRoute: 'pl',
  population: 'f',
};

/** Each series of a force's change over time, as a noun phrase (*cyfradd* is feminine: *y gyfradd*). */
const trendPhrase: Record<TrendMeasure, string> = {
  overall: 'y gyfradd cofnodi ar gyfer pob trosedd',
  violence: 'y gyfradd cofnodi ar gyfer trais yn erbyn y person',
  'sexual-offences': 'y gyfradd cofnodi ar gyfer troseddau rhywiol',
  'dip-sample': 'cyfran y troseddau a gofnodwyd mewn sampl',
};

export const cy: Messages = {
  language: { name: 'Cymraeg', code: 'cy', ogLocale: 'cy_GB' },
  list: welshList,
  // The same words fill a Welsh narrative's {{grade.overall}} (vocabulary.ts).
  grade: { ...welshFigureWords.grade },
  question: {
    1: 'Pa mor effeithiol yw’r llu wrth gofnodi troseddau a adroddwyd?',
    2: 'Pa mor effeithlon y mae systemau a phrosesau’r llu yn cefnogi cofnodi trosedd yn gywir?',
    3: 'Pa mor dda y mae’r llu yn dangos yr arweinyddiaeth a’r diwylliant sydd eu hangen i fodloni’r safonau cenedlaethol ar gyfer cofnodi trosedd?',
  },
  provenance: {
    published: 'fel y’i cyhoeddwyd',
    computed: 'wedi’i gyfrifo o’r cyfrifon',
    audit: 'wedi’i gyfrif o’r daflen archwilio',
    range: 'ystodau wedi’u cyfrifo o gyfwng 95% y gyfradd',
  },
  absence: (of) => {
    // *heb ei* + verb-noun: *ei* of a masculine noun softens it (*heb ei gyhoeddi*), of a feminine one aspirates it
    // (*heb ei chyhoeddi*); *eu* of a plural leaves it (*heb eu cyhoeddi*).
    const gender = absentGender[of];
    const its = (verbNoun: string) => (gender === 'pl' ? `heb eu ${verbNoun}` : `heb ei ${gender === 'f' ? aspirate(verbNoun) : soft(verbNoun)}`);
    return {
      'not-published': `${its('cyhoeddi')} gan y ffynhonnell`,
      'not-found': `${its('canfod')} eto`,
      'not-applicable': 'amherthnasol',
      pending: `${its('cyhoeddi')} eto`,
      date: 'dyddiad cyhoeddi heb ei wybod',
      notPublished: its('cyhoeddi'),
    };
  },
  term: {
    crimeDataIntegrity: 'cywirdeb data troseddu',
    crimeRecording: 'cofnodi trosedd',
    causeOfConcern: 'achos pryder',
    causesOfConcern: 'achosion pryder',
    areaForImprovement: 'maes i’w wella',
    areasForImprovement: 'meysydd i’w gwella',
    recommendation: 'argymhelliad',
    recommendations: 'argymhellion',
    summary: 'crynodeb',
    overallSummary: 'crynodeb cyffredinol',
    gradedJudgements: 'dyfarniadau graddedig',
    strengths: 'cryfderau',
    perCent: 'y cant',
    percentagePoints: 'pwyntiau canran',
    confidenceInterval: 'cyfwng hyder 95%',
    publicationDate: 'dyddiad cyhoeddi',
    policeForce: 'heddlu',
    inspection: 'arolygiad',
    reinspection: 'ailarolygiad',
    report: 'adroddiad',
    inspectorate: 'yr Arolygiaeth',
  },
  force: {
    'dyfed-powys': 'Heddlu Dyfed-Powys',
    gwent: 'Heddlu Gwent',
    'north-wales': 'Heddlu Gogledd Cymru',
    'south-wales': 'Heddlu De Cymru',
  },
  area: {
    'dyfed-powys': 'Dyfed-Powys',
    gwent: 'Gwent',
    'north-wales': 'Gogledd Cymru',
    'south-wales': 'De Cymru',
  },
  kind: {
    'dip-sample-2014': 'Arolygiad 2014: sampl y llu',
    cdi: 'Arolygiad cyntaf',
    'cdi-reinspection': 'Ailarolygiad',
    peel: 'Arolygiad PEEL',
    national: 'Arolygiad cenedlaethol',
    'victim-service': 'Arolygiad o’r gwasanaeth i ddioddefwyr',
  },
  kindTitle: {
    'dip-sample-2014': (year) => `Arolygiad cywirdeb data troseddu ${year}: sampl y llu`,
    cdi: (year) => `Arolygiad cywirdeb data troseddu ${year}`,
    'cdi-reinspection': (year) => `Ailarolygiad cywirdeb data troseddu ${year}`,
    peel: (year) => `PEEL: cywirdeb data troseddu ${year}`,
    national: (year) => `Arolygiad cenedlaethol o gofnodi trosedd ${year}`,
    'victim-service': (year) => `Arolygiad o’r gwasanaeth i ddioddefwyr trosedd ${year}`,
  },
  measure: {
    overall: 'Pob trosedd',
    violence: 'Trais yn erbyn y person',
    'sexual-offences': 'Troseddau rhywiol (gan gynnwys trais rhywiol)',
    'domestic-abuse': 'Cam-drin domestig',
    'reports-audited': 'Adroddiadau trosedd a archwiliwyd',
    'dip-sample': 'Sampl 2014: troseddau a gofnodwyd o’r rhai a archwiliwyd',
    'dip-sample-incidents': 'Sampl 2014: digwyddiadau a archwiliwyd',
    rape: 'Trais rhywiol: wedi’i gofnodi’n gywir',
    'rape-misclassified': 'Trais rhywiol: wedi’i gofnodi fel trosedd arall',
    'rape-wrongly-n100': 'Trais rhywiol: wedi’i ddosbarthu’n anghywir fel N100',
    'rape-other-system': 'Trais rhywiol: ar system arall yn unig',
    'rape-not-recorded': 'Trais rhywiol: heb ei gofnodi',
    'n100-applied': 'N100 wedi’i ddefnyddio lle roedd angen',
    'n100-sample-correct': 'Sampl N100: cywir',
    'n100-sample-should-be-rape': 'Sampl N100: dylai fod wedi’i gofnodi fel trais rhywiol',
    'vulnerable-should-be-crimes': 'Dioddefwyr bregus: cofnodion a ddylai fod yn droseddau',
    'vulnerable-victims': 'Dioddefwyr bregus: troseddau a gofnodwyd',
    'modern-slavery-crimes': 'Caethwasiaeth fodern: troseddau a gofnodwyd',
    'modern-slavery-referrals': 'Caethwasiaeth fodern: atgyfeiriadau a gofnodwyd',
    'timeliness-violence': 'Trais a gofnodwyd o fewn 24 awr',
    'timeliness-sexual-offences': 'Troseddau rhywiol a gofnodwyd o fewn 24 awr',
    'cancellations-rape': 'Canslo troseddau trais rhywiol yn gywir (FCR)',
    'cancellations-sexual-offences': 'Canslo troseddau rhywiol yn gywir (DDM)',
    'cancellations-violence': 'Canslo troseddau trais yn gywir (DDM)',
    'cancellations-robbery': 'Canslo troseddau lladrata yn gywir (DDM)',
    'victims-informed': 'Dioddefwyr a gafodd wybod am ganslo eu trosedd',
    'survey-respondents': 'Swyddogion a staff a atebodd yr arolwg',
  },
  layout: {
    siteName: 'Adroddiadau cywirdeb data troseddu',
    skipLink: 'Neidio i’r prif gynnwys',
    siteNav: 'Y wefan',
    nav: {
      inspections: 'Arolygiadau',
      forces: 'Heddluoedd',
      overview: 'Trosolwg',
      coverage: 'Cwmpas',
      methodology: 'Methodoleg',
      glossary: 'Geirfa',
      data: 'Data',
      search: 'Chwilio',
      review: 'Adolygu’r newidiadau',
    },
    breadcrumb: 'Briwsion bara',
    home: 'Hafan',
    languages: 'Ieithoedd',
  },
  voice: {
    independent: {
      draftLabel: 'Drafft.',
      draftBanner: 'Nid yw’r adroddiad hwn wedi’i gyhoeddi: mae adeiladu’r wefan yn ei adael allan nes tynnu’r llinell draft: true o’i naratif (neu adeiladu’r wefan gyda --drafts).',
      unrecordedEstimate: {
        published: ({ text, range }) => `Amcangyfrifodd yr Arolygiaeth nad oedd yr heddlu wedi cofnodi ${text} o droseddau y flwyddyn${range}.`,
        computed: ({ text, range }) => `O’r gyfradd gyhoeddedig a’r troseddau a gofnodwyd gan yr heddlu, mae’r wefan hon yn amcangyfrif nad oedd yr heddlu wedi cofnodi ${text} o droseddau y flwyddyn${range}.`,
        audit: ({ text, range }) => `O’r daflen archwilio, mae’r wefan hon yn amcangyfrif nad oedd yr heddlu wedi cofnodi ${text} o droseddau y flwyddyn${range}.`,
      },
      rangesNotPrinted: 'nid argraffodd yr Arolygiaeth yr ystodau',
      footer:
        'Cyflwyniad annibynnol, cod agored, o ganfyddiadau arolygiadau cywirdeb data troseddu Arolygiaeth Cwnstabliaeth a Gwasanaethau Tân ac Achub Ei Fawrhydi (HMICFRS). Nid HMICFRS nac unrhyw heddlu sy’n ei gyhoeddi: mae pob adroddiad yn cysylltu â’r cyhoeddiad gwreiddiol, sef y testun awdurdodol.',
    },
    inspectorate: {
      draftLabel: 'Drafft.',
      draftBanner: 'Nid yw’r adroddiad hwn wedi’i gyhoeddi: mae adeiladu’r wefan yn ei adael allan nes tynnu’r llinell draft: true o’i naratif (neu adeiladu’r wefan gyda --drafts).',
      unrecordedEstimate: {
        published: ({ text, range }) => `Amcangyfrifwyd gennym nad oedd yr heddlu wedi cofnodi ${text} o droseddau y flwyddyn${range}.`,
        computed: ({ text, range }) => `O’r gyfradd a’r troseddau a gofnodwyd gan yr heddlu, amcangyfrifwn nad oedd yr heddlu wedi cofnodi ${text} o droseddau y flwyddyn${range}.`,
        audit: ({ text, range }) => `O’n harchwiliad, amcangyfrifwn nad oedd yr heddlu wedi cofnodi ${text} o droseddau y flwyddyn${range}.`,
      },
      rangesNotPrinted: 'ni argraffodd ein hadroddiad cyhoeddedig yr ystodau',
      footer:
        'Adroddiadau arolygiadau cywirdeb data troseddu Arolygiaeth Cwnstabliaeth a Gwasanaethau Tân ac Achub Ei Fawrhydi (HMICFRS), gyda phob ffigur a’i ffynhonnell. Ni sy’n cyhoeddi’r adroddiadau hyn; mae pob adroddiad hefyd yn cysylltu â’i gyhoeddiad gwreiddiol.',
    },
  },
  report: {
    onThisPage: 'Ar y dudalen hon',
    keyFigures: 'Ffigurau allweddol',
    findings: 'Canfyddiadau',
    question: ({ n }) => `Cwestiwn ${n}`,
    notes: 'Nodiadau',
    source: 'Ffynhonnell',
    citeReport: 'Dyfynnu’r adroddiad hwn',
    fullReport: 'Darllen yr adroddiad llawn',
    fullReportHint: 'y testun awdurdodol',
    reportedBy: ({ publisher }) => `yn ôl ${publisher}; efallai nad yw adroddiad yr Arolygiaeth ei hun ar-lein`,
    pdf: 'Y dudalen hon fel PDF',
    pdfHint: 'ein tudalen grynodeb, wedi’i hargraffu; nid adroddiad yr Arolygiaeth',
    pdfFooter: ({ page, total }) => `Tudalen ${page} o ${total}`,
    uncovered: ({ numbers }) => {
      const list = numbers.length === 1 ? `chwestiwn ${numbers[0]}` : `chwestiynau ${numbers.slice(0, -1).join(', ')} a ${numbers.at(-1)}`;
      return `Nid yw’r ffynhonnell yr ysgrifennwyd y dudalen hon ohoni (yn aml y crynodeb cyhoeddedig yn unig) yn ymdrin â ${list}; efallai bod yr adroddiad llawn yn gwneud hynny.`;
    },
    uncoveredSection: ({ question }) => `Nid yw crynodeb cyhoeddedig yr arolygiad hwn yn ymdrin â’r ${question ? 'cwestiwn hwn' : 'adran hon'}.`,
    published: 'Cyhoeddwyd',
    publishedOn: ({ date }) => `Cyhoeddwyd ${date}`,
    dateNotKnown: 'Dyddiad cyhoeddi heb ei wybod',
    auditPeriod: 'Cyfnod yr archwiliad',
    auditPeriodDates: ({ start, end }) => `${start} i ${end}`,
    auditPeriodFrom: ({ start }) => `o ${start}; dyddiad gorffen heb ei wybod`,
    auditPeriodUntil: ({ end }) => `hyd at ${end}; dyddiad dechrau heb ei wybod`,
    kind: 'Math o arolygiad',
    overallGrade: 'Gradd gyffredinol:',
    overallRate: 'Cyfradd cofnodi gyffredinol:',
    regraded: ({ grade, from }) => `Graddiwyd yn ${grade} mewn atodiad diweddarach; fe’i cyhoeddwyd gyntaf fel ${from}.`,
    earlier: 'Arolygiad blaenorol:',
    graded: 'gradd',
    grade: 'Gradd:',
    figuresFor: ({ n }) => `Ffigurau ar gyfer cwestiwn ${n}`,
    figuresCaption: ({ n }) => `Cwestiwn ${n}: pob ffigur, gyda’i gyfrif, ei gyfradd a’i gyfwng 95%`,
    summary: 'Crynodeb',
    strengths: 'Cryfderau',
    areasForImprovement: 'Meysydd i’w gwella',
    causesOfConcern: 'Achosion pryder',
    recommendations: 'Argymhellion:',
    due: 'Erbyn',
    notListed: ({ what }) =>
      `Nid yw’r crynodeb y mae’r dudalen hon yn seiliedig arno yn rhestru’r ${what === 'areas' ? 'meysydd i’w gwella' : 'achosion pryder'}; mae adroddiad llawn yr arolygiad yn eu rhoi.`,
    noAreas: 'Ni roddir unrhyw feysydd i’w gwella yma.',
    noCauses: 'Ni roddir unrhyw achosion pryder yma.',
    noNarrative: 'Nid yw naratif yr adroddiad hwn wedi’i gyhoeddi yma eto. Dangosir ei ffigurau ar y dudalen hon, ac mae dolen i’r cyhoeddiad gwreiddiol o dan',
    noNotes: 'Nid oes unrhyw nodiadau ar yr adroddiad hwn.',
    corrections: 'Cywiriadau',
    figureNotes: 'Nodiadau ar y ffigurau',
    chartsInEnglish: 'Dangosir siartiau’r adroddiad hwn, gyda’u ffeiliau i’w lawrlwytho, ar ei dudalen Saesneg.',
  },
  qualifier: { ...welshFigureWords.qualifier },
  figure: {
    key: {
      overall: { heading: 'Cyfradd cofnodi gyffredinol', label: 'o’r troseddau a adroddwyd a gofnodwyd', unrecorded: 'o droseddau a adroddwyd bob blwyddyn heb eu cofnodi' },
      violence: { heading: 'Trais yn erbyn y person', label: 'o’r troseddau treisgar a adroddwyd a gofnodwyd', unrecorded: 'o droseddau treisgar a adroddwyd bob blwyddyn heb eu cofnodi' },
      'sexual-offences': { heading: 'Troseddau rhywiol (gan gynnwys trais rhywiol)', label: 'o’r troseddau rhywiol a adroddwyd a gofnodwyd', unrecorded: 'o droseddau rhywiol a adroddwyd bob blwyddyn heb eu cofnodi' },
      'dip-sample': { heading: 'Sampl 2014: troseddau a gofnodwyd o’r rhai a archwiliwyd', label: 'o’r troseddau a archwiliwyd yn sampl 2014 a gofnodwyd' },
    },
    recordingRate: 'Cyfradd cofnodi',
    pressRounding: 'talgrynnu yn y wasg; ni chyhoeddir ffigur union',
    pressRoundingShort: 'talgrynnu yn y wasg',
    givenInPress: ({ approx }) => `Rhoddir yn y wasg fel “${approx}” (talgrynnu yn y wasg).`,
    interval: ({ text, range }) => `Cyfwng hyder 95% ${text} pwynt canran (${range}),`,
    range: ({ low, high }) => `${low} i ${high}`,
    count: ({ numerator, denominator }) => `${numerator} o ${denominator}`,
    additional: 'o droseddau ychwanegol wedi’u cofnodi bob blwyddyn ers yr arolygiad blaenorol',
    // With the preposition, which mutates and contracts differently before each: *o’r amcangyfrif*, *o droseddau*.
    basis: { estimate: 'o’r amcangyfrif cyhoeddedig a chyfwng 95% y gyfradd', 'recorded-crime': 'o droseddau a gofnodwyd gan yr heddlu a chyfwng 95% y gyfradd' },
    unrecordedRange: ({ range, basis }) => `Ystod o ${range} y flwyddyn, wedi’i chyfrifo yma ${basis}; nid yw’r adroddiad yn ei hargraffu.`,
    unrecordedMissing: 'Troseddau heb eu cofnodi bob blwyddyn:',
    rate: 'Cyfradd',
    audited: 'Adroddiadau trosedd a archwiliwyd',
    auditableRoute: 'Troseddau a gofnodwyd a ddaeth drwy lwybr y gellir ei archwilio',
    population: 'Poblogaeth ardal yr heddlu',
    column: { figure: 'Ffigur', count: 'Cyfrif', rate: 'Cyfradd', interval: 'Cyfwng 95%', status: 'Statws', source: 'Ffynhonnell' },
    sourceOf: ({ label }) => `: ${label}`,
  },
  correction: {
    correctedOn: ({ date }) => `Cywirwyd ar ${date}.`,
    what: 'Beth a gywirwyd',
    heading: 'Cywiriadau',
    reason: 'Rheswm:',
  },
  source: {
    original: 'Y cyhoeddiad gwreiddiol:',
    publishedHtml: 'Mae ffigurau <strong>fel y’u cyhoeddwyd</strong> wedi’u copïo o’r cyhoeddiad.',
    computedHtml: 'Mae cyfraddau <strong>wedi’u cyfrifo o’r cyfrifon</strong> wedi’u gweithio allan yma o’r cyfrifon y mae’r cyhoeddiad yn eu rhoi.',
    auditHtml: 'Mae ffigurau <strong>wedi’u cyfrif o’r daflen archwilio</strong> wedi’u cyfrif yma o daflen archwilio’r arolygiad.',
    asPublished: 'Fel y’u cyhoeddwyd',
    computed: 'Wedi’u cyfrifo o’r cyfrifon',
    audit: 'Wedi’u cyfrif o’r daflen archwilio',
    none: 'dim',
    others: 'Daw rhai ffigurau o ffynonellau eraill:',
  },
  chart: {
    source: ({ name, provenance }) => `Ffynhonnell: ${name}${provenance.length > 0 ? ` (${welshList(provenance)})` : ''}`,
    download: 'Lawrlwytho’r siart hwn',
    plotted: 'y gwerthoedd a blotiwyd',
    withIts: 'gyda’i',
    sidecar: 'ffynhonnell, meintiau’r samplau, dyfyniad',
    inEnglish: 'ffeiliau yn Saesneg',
    unrecorded: {
      heading: 'Troseddau heb eu cofnodi bob blwyddyn (amcangyfrif)',
      axis: 'Troseddau heb eu cofnodi y flwyddyn',
      caption: 'Amcangyfrif o’r troseddau heb eu cofnodi bob blwyddyn',
      captionRange: 'Amcangyfrif o’r troseddau heb eu cofnodi bob blwyddyn, gyda’r ystod a ddaw o gyfwng 95% y gyfradd',
      column: { group: 'Grŵp trosedd', count: 'Troseddau heb eu cofnodi y flwyddyn', range: 'Ystod' },
      noRange: 'dim ystod ar gael',
      range: ({ range }) => ` (ystod ${range})`,
      group: ({ label, text, first, range }) => `${label}: ${text}${first ? ' o droseddau heb eu cofnodi y flwyddyn' : ''}${range}.`,
      // The bases carry their preposition (figure.basis): "Cyfrifir pob ystod o’r amcangyfrif…".
      basis: ({ bases, printed }) => ` Cyfrifir pob ystod ${bases}; ${printed}.`,
      missing: ({ label, missing }) => `${label}: ${missing}`,
      additional: {
        heading: 'Troseddau ychwanegol a gofnodwyd bob blwyddyn (amcangyfrif)',
        axis: 'Troseddau ychwanegol a gofnodwyd y flwyddyn',
        caption: 'Amcangyfrif o’r troseddau ychwanegol a gofnodwyd bob blwyddyn',
        column: 'Troseddau ychwanegol a gofnodwyd y flwyddyn',
        sentence: ({ text, label }) => `Amcangyfrifwyd bod yr heddlu yn cofnodi ${text} yn fwy o droseddau y flwyddyn (${label}) nag o’r blaen.`,
      },
    },
    nationalSeries: {
      heading: 'Cofnodi trosedd dros amser: Cymru a Lloegr fel diemyntau, cyfraddau union pob heddlu fel dotiau llwyd',
      source: 'Arolygiadau cywirdeb data troseddu ac arolygiadau PEEL Arolygiaeth EF, pob cyfradd cofnodi gyffredinol a gyhoeddwyd neu a gyfrifwyd',
      englandAndWales: 'Cymru a Lloegr',
      axisYear: 'Blwyddyn yr arolygiad',
      axisRate: 'Wedi’u cofnodi (%)',
      quoted: ({ approx }) => `${approx} fel y’i dyfynnwyd (wedi’i dalgrynnu)`,
      unrecorded: ({ text }) => `${text} o droseddau y flwyddyn heb eu cofnodi`,
      // *cyfradd* is feminine: "un gyfradd", "dwy gyfradd", "tair cyfradd", "20 o gyfraddau"; the adjective softens
      // after the singular a numeral up to ten takes ("tair cyfradd cofnodi gyffredinol"), not after the plural.
      forces: ({ count, from, to }) =>
        `${capitalise(countNoun(count, cyfradd))} cofnodi ${count > 0 && count <= 10 ? 'gyffredinol' : 'cyffredinol'} union gan heddluoedd, ${from === null ? 'heb flwyddyn' : `o ${from} i ${to}`}, wedi’u lluniadu fel dotiau llwyd yn ôl amser eu harolygiad.`,
      nationals: ({ rates }) => `Cymru a Lloegr: ${rates.map((r) => `${r.rate} (${r.year})`).join(', ')}.`,
      noNationals: 'Nid oes cyfradd cofnodi genedlaethol union yn y data hwn.',
      note: ({ year, text }) => `Arolygiad cenedlaethol ${year}: ${text}.`,
      peelMissing: ({ from }) => `Nid oes ffigur cenedlaethol o arolygiadau PEEL (o ${from} ymlaen) yn y data hwn.`,
      noteLabel: ({ year, approx }) => `${year}: ${approx ?? 'dim cyfradd union'} fel y’i dyfynnwyd`,
      noNationalFigure: 'Dim ffigur cenedlaethol',
      caption: 'Pob cyfradd cofnodi gyffredinol union yn y data hwn, yn ôl amser ei harolygiad',
      columns: ['Heddlu', 'Blwyddyn', 'Cyfradd cofnodi gyffredinol', 'Arolygiad'],
      notPublishedNote: ({ year, text }) => `Cymru a Lloegr, ${year}: dim cyfradd genedlaethol union wedi’i chyhoeddi (${text})`,
      notPublishedPeel: ({ from }) => `Cymru a Lloegr, arolygiadau PEEL o ${from} ymlaen: dim ffigur cenedlaethol yn y data hwn`,
    },
    tileMap: {
      heading: 'Gradd ddiweddaraf pob heddlu, gyda chyfradd cofnodi a blwyddyn yr arolygiad hwnnw, ar fap',
      source: 'Arolygiadau cywirdeb data troseddu ac arolygiadau PEEL Arolygiaeth EF, y radd gyffredinol ddiweddaraf a gyhoeddwyd ar gyfer pob heddlu',
      noRate: 'dim cyfradd',
      noGrade: 'Dim gradd wedi’i chyhoeddi',
      // Our own shortenings of the inspectorate's grade words (docs/welsh-terms.md); the legend gives each in full.
      gradeWords: {
        outstanding: { short: 'Eithr', narrow: 'Eit' },
        good: { short: 'Da', narrow: 'Da' },
        adequate: { short: 'Digon', narrow: 'Dig' },
        'requires improvement': { short: 'AG', narrow: 'AG' },
        inadequate: { short: 'Annig', narrow: 'Ann' },
        none: { short: 'Dim', narrow: '–' },
      },
      legendHeadings: { 'four-grade': 'Graddau CDI (amlinell denau)', 'five-grade': 'Graddau PEEL (amlinell drwchus)' },
      summaryMap: ({ count }) =>
        `Map o’r ${afterThe(count, heddlu)} yng Nghymru a Lloegr, un sgwâr yr un, wedi’u gosod yn fras lle mae pob heddlu, wedi’u lliwio a’u labelu yn ôl gradd gyffredinol ddiweddaraf yr heddlu, gyda chyfradd cofnodi a blwyddyn yr arolygiad hwnnw.`,
      // "eithriadol (CDI), 3 heddlu": a numeral takes the singular noun.
      summaryGrades: ({ entries }) => `Y radd gyffredinol ddiweddaraf: ${entries.map((g) => `${g.name.toLowerCase()}${g.scaleName ? ` (${g.scaleName})` : ''}, ${countNoun(g.count, heddlu)}`).join('; ')}.`,
      summaryNoRate: ({ without, count }) => `Nid oes gan ${without} o’r ${afterThe(count, heddlu)} gyfradd cofnodi o’r arolygiad a ddangosir.`,
      tileLabel: ({ force, grade, scale, year, rate }) =>
        `${force}: ${grade !== null && scale !== null ? `${grade.toLowerCase()} (${scale}, ${year})` : 'dim gradd wedi’i chyhoeddi'}, cyfradd cofnodi ${rate}${scale !== null ? '' : ` (${year})`}`,
      legendGrade: 'Gradd',
      noteNoRate: ({ text }) => `“${text}”: dim cyfradd ar gyfer yr arolygiad hwnnw`,
      notePercent: 'Mae’r cyfraddau yn % wedi’u cofnodi’n gywir',
      noteYear: ({ yy }) => `${yy}: blwyddyn yr arolygiad a ddangosir`,
      noteYearLine: 'Blwyddyn: yr arolygiad a ddangosir',
      noteYears: ({ years }) => `Blynyddoedd: ${years}`,
      caption: 'Pob heddlu ar y map: ei god, ei radd gyffredinol ddiweddaraf a’i graddfa, cyfradd cofnodi a blwyddyn yr arolygiad hwnnw',
      columns: ['Heddlu', 'Cod ar y map', 'Y radd gyffredinol ddiweddaraf', 'Cyfradd cofnodi, yr un arolygiad', 'Blwyddyn'],
      notPlaced: ({ force }) => `${force}: heb ei osod ar y map`,
    },
    nationalRates: {
      heading: 'Cyfradd cofnodi gyffredinol ddiweddaraf pob heddlu',
      source: 'Arolygiadau cywirdeb data troseddu Arolygiaeth EF, y gyfradd gyffredinol ddiweddaraf a gyhoeddwyd ar gyfer pob heddlu',
      axis: 'Y gyfradd cofnodi gyffredinol ddiweddaraf (%)',
      summaryCount: ({ count, all }) => `Mae gan ${formatNumber('cy', count)} o’r ${afterThe(all, heddlu)} gyfradd cofnodi gyffredinol wedi’i chyhoeddi.`,
      summaryRange: ({ low, high }) => `Mae’r cyfraddau diweddaraf yn amrywio o ${low.rate} (${low.name}, ${low.year}) i ${high.rate} (${high.name}, ${high.year}).`,
      summaryMedian: ({ count, median }) =>
        `${capitalise(canolrif(count))} yw ${median}: mae hanner yr heddluoedd hyn ar y canolrif neu’n uwch, a hanner arno neu’n is. Nid yw’n gyfradd cofnodi genedlaethol.`,
      summaryNoInterval: ({ count }) => `Cyhoeddwyd ${formatNumber('cy', count)} o’r cyfraddau heb gyfwng 95%.`,
      referenceLine: ({ rate, label, year, unrecorded }) =>
        `Y llinell solet yw’r gyfradd cofnodi genedlaethol, ${rate} (${label}): mae’n dod o ${year ?? 'flwyddyn nad yw’n hysbys'}, nid o flynyddoedd cyfraddau’r heddluoedd${unrecorded === null ? '' : `; amcangyfrifodd fod ${unrecorded} o droseddau y flwyddyn heb eu cofnodi`}.`,
      referenceNone: ({ label, approx, unrecorded }) =>
        `Ni luniwyd llinell genedlaethol: ni chyhoeddodd yr arolygiad cenedlaethol (${label}) gyfradd cofnodi genedlaethol union${approx === null ? '' : `, dim ond y talgrynnu “${approx}” yn y wasg`}${unrecorded === null ? '' : `; amcangyfrifodd fod ${unrecorded} o droseddau y flwyddyn heb eu cofnodi`}.`,
      medianLabel: ({ median }) => `Canolrif ${median}`,
      medianRow: ({ count }) => capitalise(canolrif(count)),
      nationalRow: ({ name }) => `${name} (arolygiad cenedlaethol)`,
      // *cyfradd* is feminine: *ei blwyddyn, ei chyfwng* (the aspirate mutation after a feminine *ei*).
      caption: ({ national }) =>
        `Cyfradd cofnodi gyffredinol ddiweddaraf pob heddlu a gyhoeddwyd, yr uchaf yn gyntaf, gyda’i blwyddyn, ei chyfwng hyder 95% a chanolrif y cyfraddau hyn${national ? ', a’r gyfradd genedlaethol' : ''}`,
      columns: ['Heddlu', 'Blwyddyn', 'Y gyfradd cofnodi ddiweddaraf', 'Cyfwng hyder 95%', 'Arolygiad'],
      notApplicable: 'amherthnasol',
      ratesAbove: 'y cyfraddau uchod',
      notPublished: ({ name }) => `${name}: dim cyfradd wedi’i chyhoeddi`,
      referenceNotPublished: ({ label, approx }) => `${label} (arolygiad cenedlaethol): dim cyfradd cofnodi union wedi’i chyhoeddi${approx === null ? '' : ` (rhoddir fel “${approx}”)`}`,
    },
    gradeSpread: {
      heading: 'Gradd gyffredinol ddiweddaraf pob heddlu, fesul graddfa',
      source: 'Arolygiadau cywirdeb data troseddu ac arolygiadau PEEL Arolygiaeth EF, y radd gyffredinol ddiweddaraf a gyhoeddwyd ar gyfer pob heddlu',
      scale: { 'four-grade': 'Arolygiadau cywirdeb data troseddu (pedair gradd, 2016–2020)', 'five-grade': 'Arolygiadau PEEL (pum gradd, o 2021 ymlaen)' },
      forces: ({ count }) => countNoun(count, heddlu),
      summaryIntro: ({ count }) => `Gradd gyffredinol ddiweddaraf y ${afterThe(count, heddlu)}, wedi’u cyfrif ar wahân ar bob graddfa.`,
      summaryScale: ({ scale, counts }) => `${scale}: ${counts.map((c) => `${c.grade.toLowerCase()}, ${countNoun(c.count, heddlu)}`).join('; ')}.`,
      // *gan* softens the object: *Nid oes gan dri heddlu radd*; with none ungraded, every force has one.
      summaryUngraded: ({ count }) =>
        count === 0 ? 'Mae gan bob heddlu radd gyffredinol yn y data hwn.' : `Nid oes gan ${soft(countNoun(count, heddlu))} radd gyffredinol yn y data hwn.`,
      caption: 'Nifer yr heddluoedd yn ôl eu gradd gyffredinol ddiweddaraf, ar bob graddfa',
      columns: ['Graddfa', 'Y radd gyffredinol ddiweddaraf', 'Heddluoedd'],
      notOnScale: ({ scale }) => `${scale}: nid yw gradd ddiweddaraf yr un heddlu ar y raddfa hon`,
      ungraded: ({ count }) => (count === 0 ? 'Dim un heddlu heb radd gyffredinol yn y data hwn' : `${capitalise(countNoun(count, heddlu))}: dim gradd gyffredinol yn y data hwn`),
    },
    recordingRates: {
      heading: 'Troseddau a gofnodwyd yn gywir, fesul grŵp trosedd',
      axis: 'Wedi’u cofnodi’n gywir (%)',
      caption: 'Cyfran y troseddau a adroddwyd a gofnodwyd yn gywir, gyda’r cyfwng hyder 95%',
      column: { group: 'Grŵp trosedd', recorded: 'Wedi’u cofnodi’n gywir', interval: 'Cyfwng hyder 95%' },
      noInterval: ({ missing }) => `cyfwng ${missing}`,
      firstInterval: ({ range }) => `cyfwng hyder 95% ${range}`,
      overall: ({ rate, interval }) => `Cofnododd yr heddlu ${rate} o’r troseddau a adroddwyd iddo (${interval}).`,
      group: ({ label, rate, interval }) => `${label}: ${rate} (${interval}).`,
      missing: ({ label, missing }) => `${label}: ${missing}`,
      notPublishedApprox: ({ label, approx }) => `${label}: heb ei gyhoeddi fel ffigur (rhoddir fel “${approx}”)`,
    },
  },
  forcePage: {
    national: 'Arolygiadau cenedlaethol',
    country: { England: 'Lloegr', Wales: 'Cymru', 'England and Wales': 'Cymru a Lloegr' },
    feedTitle: ({ force }) => `${force}: arolygiadau a chywiriadau`,
    follow: ({ force }) => `Dilyn arolygiadau a chywiriadau ${force}`,
    feedHint: '(ffrwd Atom, ar gyfer darllenydd ffrydiau)',
    inspections: 'Arolygiadau, y diweddaraf yn gyntaf',
    noInspections: ({ force }) => `Nid oes arolygiad cywirdeb data troseddu o ${force} wedi’i gyhoeddi yma eto.`,
    rateOverTime: 'Cyfradd cofnodi ym mhob arolygiad',
    rateOverTimeCaption: ({ force }) => `Cyfradd cofnodi gyffredinol ${force} ym mhob arolygiad, y diweddaraf yn gyntaf`,
    column: { published: 'Cyhoeddwyd', inspection: 'Arolygiad', rate: 'Cyfradd', interval: 'Cyfwng 95%' },
    area: {
      heading: 'Ardal yr heddlu',
      hint: ({ force }) => `Cynghorau, siroedd a threfi yn ardal ${force}, pob un fel y mae testun cyhoeddedig yn ei enwi; nid rhestr lawn o’i threfi.`,
    },
    change: {
      heading: 'Newid dros amser',
      lead: 'Cymherir cyfradd pob arolygiad â’r un blaenorol a gyhoeddodd gyfradd.',
      how: 'Sut y profir newidiadau',
      caption: ({ label, force }) => `${label}: cyfradd cofnodi ${force} ym mhob arolygiad, yr hynaf yn gyntaf`,
      column: { inspection: 'Arolygiad', rate: 'Cyfradd', interval: 'Cyfwng 95%', change: 'Newid', significant: 'Arwyddocaol?' },
      firstRate: 'y gyfradd gyntaf a gyhoeddwyd',
    },
  },
  trend: {
    label: {
      overall: 'Pob trosedd',
      violence: 'Trais yn erbyn y person',
      'sexual-offences': 'Troseddau rhywiol (gan gynnwys trais rhywiol)',
      'dip-sample': 'Sampl: troseddau a gofnodwyd',
    },
    change: ({ direction, points }) => (direction === 'none' ? 'dim newid' : `${direction === 'up' ? 'i fyny' : 'i lawr'} ${points} pwynt`),
    significant: { yes: 'Ydy', no: 'Nac ydy', untestable: 'Ni ellir ei brofi: nid oes gan un gyfradd gyfwng 95%' },
    // The series is the object of the verb, which softens it: *Ni chyhoeddodd unrhyw arolygiad gyfran…*.
    none: ({ measure }) => `Ni chyhoeddodd unrhyw arolygiad o’r heddlu hwn ${soft(trendPhrase[measure])}.`,
    onlyOne: ({ measure, rate }) => `Dim ond un arolygiad a gyhoeddodd ${soft(trendPhrase[measure])} (${rate}), felly nid oes newid i’w gymharu.`,
    // The subject after the verb keeps its radical; *a* (and) becomes *ac* before a vowel and aspirates c, p, t.
    changed: ({ measure, direction, points, from, fromRate, to, toRate }) =>
      `${direction === 'none' ? `Ni newidiodd ${trendPhrase[measure]}` : `Aeth ${trendPhrase[measure]} ${direction === 'up' ? 'i fyny' : 'i lawr'} ${points} pwynt`} rhwng ${from} (${fromRate}) ${and(to)} (${toRate}).`,
    verdict: {
      untestable: 'Ni ellir profi a yw hyn yn fwy na siawns, gan nad oes gan un o’r ddau arolygiad gyfwng 95% yn y data hwn.',
      significant: 'Mae’r newid hwn yn ystadegol arwyddocaol ar y lefel 95%.',
      notSignificant: 'Nid yw’r newid hwn yn ystadegol arwyddocaol ar y lefel 95%: gallai fod yn amrywiad siawns yn y samplau a archwiliwyd.',
    },
    chart: {
      heading: 'Cyfradd cofnodi ym mhob arolygiad',
      intro: ({ force }) => `Cyfraddau cofnodi ${force} ym mhob arolygiad a gyhoeddodd un, yr hynaf yn gyntaf.`,
      // *O’r tri newid*: the count of changes in words (countNoun), the others as figures.
      tally: ({ all, significant, notSignificant, untestable }) =>
        `O’r ${countNoun(all, newid)} a ddangosir, mae ${significant} yn ystadegol arwyddocaol ar y lefel 95%, nid yw ${notSignificant} yn arwyddocaol, ac ni ellir profi ${untestable}.`,
      dipSample: ({ title, rate }) => `Mae ffigur ${title} (${rate}, diemwnt gwag) yn gyfran y troseddau a gofnodwyd mewn sampl o gofnodion, nid yn gyfradd cofnodi ar gyfer pob trosedd.`,
      dipSampleMark: 'sampl: nid cyfradd ar gyfer pob trosedd',
      marked: { significant: 'ystadegol arwyddocaol', notSignificant: 'nid yw’n arwyddocaol', untestable: 'ni ellir ei brofi' },
      interval: ({ absence }) => `cyfwng ${absence}`,
      notApplicable: 'amherthnasol',
      sidecar: 'ffynhonnell, dyfyniad',
      // The absence words agree with *cyfradd* (feminine): *cyfradd cofnodi heb ei chanfod eto*.
      noRate: ({ title, absence }) => `${title}: cyfradd cofnodi ${absence}`,
      source: ({ force }) => `Arolygiadau HMICFRS o ${soft(force)}, cyfraddau cofnodi cyhoeddedig pob arolygiad`,
      caption: ({ force }) => `Cyfradd cofnodi ${force} ym mhob arolygiad, yr hynaf yn gyntaf, gyda’r cyfwng hyder 95% a’r newid o’r gyfradd flaenorol`,
      column: {
        group: 'Grŵp trosedd',
        inspection: 'Arolygiad',
        recorded: 'Wedi’u cofnodi’n gywir',
        interval: 'Cyfwng hyder 95%',
        change: 'Newid o’r gyfradd flaenorol',
        significant: 'Ystadegol arwyddocaol?',
      },
    },
  },
  embed: {
    // *o* and *ar* soften the word after them.
    back: ({ page, site }) => `O ${soft(page)}, ar ${soft(site)}`,
    showData: 'Dangos y data',
    code: 'Mewnblannu’r siart hwn',
    paste: 'Gludwch y cod hwn i HTML eich tudalen. Mae’r siart yn llenwi lled ei golofn, ac yn cysylltu’n ôl yma.',
    see: 'Gweld y siart wedi’i fewnblannu',
  },
  card: {
    interval: ({ range }) => `Cyfwng hyder 95%: ${range}`,
    source: ({ inspectorate, published }) => `Ffynhonnell: ${inspectorate}, ${published}`,
  },
  home: {
    title: 'Pa mor dda y mae heddluoedd yn cofnodi trosedd?',
    description: 'Pa mor gywir y mae heddluoedd Cymru a Lloegr yn cofnodi’r troseddau a adroddir iddynt: y darlun cenedlaethol dros amser, arolygiad diweddaraf pob heddlu, a phwy a wellodd neu a waethygodd.',
    // *o’r* before the count of forces: "o’r 44 o heddluoedd"; *heddlu* does not mutate.
    lead: ({ inspections, forces }) =>
      `${capitalise(countNoun(inspections, arolygiad))} cofnodi trosedd o’r ${countNoun(forces, heddlu)} yng Nghymru a Lloegr, pob ffigur gyda’i ffynhonnell.`,
    nationalHeading: 'Y darlun cenedlaethol',
    nationalMore: 'Y siart fel tabl, a’i ddata',
    mapHeading: 'Gradd ddiweddaraf pob heddlu',
    mapNote: 'Mae pob sgwâr yn dangos gradd a blwyddyn un arolygiad (ar sgrin gul, mae blynyddoedd pob graddfa o dan y map, a rhai pob heddlu yn y tabl). Mae’r cyfraddau a’r tabl llawn ar y trosolwg.',
    mapMore: 'Gradd a chyfradd pob heddlu, gyda’r blynyddoedd',
    findHeading: 'Dod o hyd i’ch heddlu',
    findLabel: 'Heddlu, cyngor neu dref',
    findShortNames: 'Mae enw byr heddlu’n gweithio hefyd (GMP, TVP).',
    findButton: 'Chwilio',
    findPlacesSummary: 'Pa leoedd y mae’n eu canfod, a’u ffynonellau',
    findPlacesNone:
      'Chwiliwch yn ôl enw’r heddlu neu ei enw byr cyffredin. Nid oes rhestr o drefi a chynghorau fesul heddlu, gyda’i ffynonellau, ar y wefan hon eto, felly dim ond lle mae enw’r lle yn enw’r heddlu y bydd enw lle yn dod o hyd i heddlu.',
    // The places are named in English, as the published texts name them.
    findPlaces: ({ places, forces }) =>
      `Mae hefyd yn dod o hyd i heddlu yn ôl lle yn ei ardal: ${countNoun(places, lle)} (siroedd, ardaloedd, bwrdeistrefi, dinasoedd a threfi) yn ardaloedd ${countNoun(forces, heddlu)}, pob un wedi’i sillafu fel y mae testun cyhoeddedig yn ei enwi. Nid yw llawer o drefi a rhai cynghorau yn y rhestr eto.`,
    findPlacesSources: 'Ffynonellau:',
    findPlacesOthers: 'a thudalennau Senedd y DU, yr Arolygiaeth a’r heddluoedd;',
    findPlacesList: 'y rhestr, gyda ffynhonnell pob lle (CSV)',
    findNone: 'Nid oes heddlu’n cyfateb. Rhowch gynnig ar y dudalen chwilio.',
    // A numeral takes the singular noun in Welsh: "3 heddlu’n cyfateb".
    findMatches: { one: '{n} heddlu’n cyfateb', other: '{n} heddlu’n cyfateb' },
    allForces: ({ count }) => `Pob un o’r ${countNoun(count, heddlu)}`,
    recentHeading: 'Yr arolygiadau diweddaraf',
    onwardHeading: 'Rhagor',
    onward: {
      overview: { text: 'Sut mae’r heddluoedd yn cymharu', hint: 'y graddau a’r cyfraddau diweddaraf ochr yn ochr' },
      betterOrWorse: { text: 'Pwy a wellodd neu a waethygodd', hint: 'pob newid rhwng arolygiadau, wedi’i brofi' },
      coverage: { text: 'Beth sydd yn y data', hint: 'pob heddlu a chylch arolygu: wedi’i ganfod, heb ei gyhoeddi, heb ei ganfod eto' },
      data: { text: 'Lawrlwytho’r data', hint: 'CSV a JSON' },
      methodology: { text: 'Methodoleg', hint: 'sut y cyfrifir y ffigurau' },
    },
  },
  changes: {
    title: 'Pwy a wellodd neu a waethygodd',
    description: 'Newid pob heddlu yn ei gyfradd cofnodi trosedd rhwng arolygiadau olynol, ac a yw’n fwy na siawns.',
    // *newid* (a change) is masculine: "un newid", "dau newid", "tri newid", "20 o newidiadau".
    counts: ({ all, byCounts, byIntervals, untested, significant, up, down, forcesWithoutChange }) => [
      `${capitalise(countNoun(all, newid))} rhwng arolygiadau olynol o’r un heddlu a gyhoeddodd yr un gyfradd.`,
      `Gellir profi ${countNoun(byCounts + byIntervals, newid)} am siawns: ${formatNumber('cy', byCounts)} o’r cyfrifon archwilio (prawf dwy gyfran) a ${formatNumber('cy', byIntervals)} o’r cyfyngau 95% a argraffwyd. ` +
        `Ni ellir profi ${countNoun(untested, newid)}, am na chyhoeddwyd (neu na chanfuwyd) cyfwng 95% ar gyfer un o’r ddwy gyfradd.`,
      // None is *nid oes yr un newid*, not *mae dim newidiadau*.
      `O’r rhai a brofwyd, ${significant === 0 ? 'nid oes yr un newid' : `mae ${countNoun(significant, newid)}`} yn ystadegol arwyddocaol ar y lefel 95%: ${formatNumber('cy', up)} i fyny a ${formatNumber('cy', down)} i lawr. Gallai’r lleill fod yn amrywiad siawns yn y samplau a archwiliwyd.`,
      // *gan* softens the word after it: "gan dri heddlu".
      `Mae gan ${soft(countNoun(forcesWithoutChange, heddlu))} un gyfradd o bob math ar y mwyaf yn y data hwn, felly dim newid i’w ddangos.`,
    ],
    download: 'Lawrlwytho’r tabl (CSV)',
    downloadHint: 'un rhes i bob newid, y cyfraddau fel rhifau, UTF-8 gyda nod trefn beit; ffeil yn Saesneg',
    caption: 'Newid pob heddlu rhwng arolygiadau olynol a gyhoeddodd yr un gyfradd',
    headers: { force: 'Heddlu', measure: 'Cyfradd', from: 'Cynt (blwyddyn)', to: 'Wedyn (blwyddyn)', change: 'Newid', significant: 'Mwy na siawns?' },
    method: 'Sut y caiff newidiadau eu profi',
  },
  coverage: {
    title: 'Cwmpas y cofnod',
    description: 'Ar gyfer pob heddlu a phob cylch arolygu: y radd a’r gyfradd cofnodi sydd gan y wefan, neu’r chwiliadau na chanfu’r un.',
    lead: 'Ar gyfer pob heddlu, ac ar gyfer Cymru a Lloegr gyfan, yr hyn sydd gan y wefan hon o bob cylch arolygu: y radd am gofnodi trosedd a’r gyfradd cofnodi ar gyfer pob trosedd, neu’r chwiliadau a fu’n chwilio amdanynt heb ganfod dim.',
    caption: 'Yr hyn sydd yn y cofnod ar gyfer pob heddlu ym mhob cylch arolygu',
    force: 'Heddlu',
    cycle: {
      '2014': 'Arolygiad 2014',
      cdi: 'Arolygiad CDI cyntaf, 2016–2020',
      'cdi-reinspection': 'Ailarolygiad CDI, 2018–2020',
      'peel-2021-22': 'PEEL 2021/22',
      'peel-2023-25': 'PEEL 2023–25',
    },
    // *gradd* and *cyfradd* are feminine: *heb ei chadw*.
    cell: {
      gradeNotHeld: 'gradd heb ei chadw',
      notGraded: 'heb ei raddio',
      rateNotHeld: 'cyfradd heb ei chadw',
      interval: ({ text }) => `(${text} pwynt)`,
      searched: 'Chwiliwyd: heb ei ganfod',
      // *chwiliad* (a query) is masculine: "un chwiliad", "dau chwiliad", "tri chwiliad", "12 o chwiliadau".
      queries: ({ count }) => ` (${countNoun(count, chwiliad)})`,
      none: 'Dim',
      noReinspection: 'Dim ailarolygiad',
      notSearched: 'Heb chwilio eto',
    },
    explainer:
      'Mae “Chwiliwyd: heb ei ganfod” yn golygu ein bod wedi chwilio a heb ganfod y canlyniad yn y ffynonellau y gallem eu darllen; nid yw’n golygu na chyhoeddodd yr Arolygiaeth ddim. Mae pob cell o’r fath yn cysylltu â’i chwiliadau. Mae “gradd heb ei chadw” a “cyfradd heb ei chadw” yn golygu nad yw’r ffynhonnell sydd gennym yn ei rhoi; ni roddodd arolygiad 2014 raddau. Dangosir y cyfraddau gyda’u cyfwng 95% mewn pwyntiau canran lle mae’r ffynhonnell yn argraffu un.',
    countsLead: ({ rows }) => `O’r ${countNoun(rows, rhes)} (pob heddlu, a Chymru a Lloegr), ar gyfer pob cylch:`,
    counts: ({ held, searched, notSearched, notApplicable }) =>
      `wedi’i gadw ar gyfer ${formatNumber('cy', held)}, wedi chwilio heb ganfod ar gyfer ${formatNumber('cy', searched)}${notSearched > 0 ? `, heb chwilio eto ar gyfer ${formatNumber('cy', notSearched)}` : ''}${notApplicable > 0 ? `, dim i chwilio amdano ar gyfer ${formatNumber('cy', notApplicable)}` : ''}.`,
    logged: { before: 'Rhestrir pob chwiliad ar', searches: 'y dudalen chwiliadau', and: 'ac yn' },
    sources: { before: 'Mae ffynonellau pob ffigur ar bob tudalen adroddiad, a’r data ei hun ar', data: 'y dudalen ddata' },
  },
  searches: {
    title: 'Chwiliadau am y cofnod',
    description: 'Pob chwiliad a wnaed i ddod o hyd i ganlyniadau arolygiadau pob heddlu, a’r hyn a ganfu.',
    lead: 'Pob chwiliad a wnaed i ddod o hyd i ganlyniadau pob heddlu, fesul cylch arolygu, gyda’r hyn a ganfu a ble.',
    listed: { before: 'Mae’r un rhestr yn', after: ', un rhes i bob chwiliad (yn Saesneg).' },
    none: 'Nid oes chwiliadau wedi’u cofnodi.',
    found: 'canfuwyd',
    foundDefault: 'yr hyn sydd yn y data',
    at: ', yn',
    nothing: 'dim byd',
  },
  meta: {
    reportDescription: ({ force, title, published, grade, rate }) => `${force}, ${title} (${published}). ${grade}. ${rate}.`,
    publishedOn: ({ date }) => `cyhoeddwyd ${date}`,
    overallGrade: ({ grade }) => `Gradd gyffredinol: ${grade}`,
    overallRateMissing: 'Cyfradd cofnodi gyffredinol: heb ei chanfod eto',
    cardAlt: ({ title }) => `${title}: y radd gyffredinol a’r gyfradd cofnodi`,
    forceDescription: ({ force, count }) =>
      `${force}: ${count === 0 ? 'nid oes arolygiad cywirdeb data troseddu wedi’i gyhoeddi yma eto' : `${countNoun(count, arolygiad)} cywirdeb data troseddu, gyda phob ffigur a’i ffynhonnell`}.`,
  },
  overview: {
    title: 'Sut mae’r heddluoedd yn cymharu',
    description: 'Gradd a chyfradd cofnodi trosedd ddiweddaraf pob heddlu yng Nghymru a Lloegr.',
    lead: ({ forces, inspected, updated }) =>
      `Canfyddiadau cywirdeb data troseddu diweddaraf pob un o’r ${afterThe(forces, heddlu)} yng Nghymru a Lloegr. Mae gan ${formatNumber('cy', inspected)} ohonynt arolygiad yn y data hwn${updated === null ? '' : `; y dyddiad cyhoeddi diweddaraf sy’n hysbys yw ${updated}`}.`,
    // *gan* softens the object: *ddyddiad*.
    undated: ({ count }) => `Nid oes gan ${formatNumber('cy', count)} o arolygiadau diweddaraf yr heddluoedd ddyddiad cyhoeddi hysbys.`,
    compare:
      'Arolygwyd yr heddluoedd ar adegau gwahanol, gyda samplau archwilio gwahanol, felly nid yw gwahaniaeth rhwng dau heddlu bob amser yn fwy na siawns: cymharwch y cyfyngau 95%, a darllenwch',
    compareLink: 'sut y cyfrifir y ffigurau',
    seriesHeading: 'Dros amser',
    mapHeading: 'Map o’r heddluoedd',
    ratesHeading: 'Cyfraddau cofnodi',
    noRates: 'Nid oes gan yr un heddlu gyfradd cofnodi gyffredinol wedi’i chyhoeddi yn y data hwn.',
    // *ar* softens *tudalen*: *ar dudalen Cymru a Lloegr*.
    reference: {
      before: 'Nid yw’r arolygiad cenedlaethol, ',
      between: ', yn un o’r heddluoedd a gymharir yma: mae ei ffigurau ei hun ar dudalen ',
      after: ({ label }) => `, wedi’u labelu “${label}”.`,
    },
    gradesHeading: 'Graddau',
    allHeading: 'Pob heddlu',
    tableNote:
      'Blwyddyn mewn cromfachau yw’r flwyddyn y cyhoeddwyd yr arolygiad neu, lle nad yw ei ddyddiad cyhoeddi’n hysbys, y flwyddyn sydd yn ei enw. Lle mae gradd neu gyfradd ddiweddaraf heddlu yn dod o arolygiad cynharach na’i arolygiad diweddaraf, mae’r tabl yn dweud pa un.',
    // *heddlu* is masculine: *ei radd, a’i gyfradd* (the soft mutation after a masculine *ei*).
    caption: 'Pob heddlu: ei arolygiad diweddaraf, ei radd gyffredinol ddiweddaraf a’i gyfradd cofnodi gyffredinol ddiweddaraf',
    headers: {
      force: 'Heddlu',
      inspection: 'Yr arolygiad diweddaraf (blwyddyn)',
      grade: 'Y radd gyffredinol ddiweddaraf (graddfa, blwyddyn)',
      rate: 'Y gyfradd cofnodi union ddiweddaraf (blwyddyn)',
      interval: 'Cyfwng 95%',
      unrecorded: 'Yr amcangyfrif diweddaraf o droseddau y flwyddyn heb eu cofnodi (blwyddyn)',
    },
    published: ({ year }) => `cyhoeddwyd ${year}`,
    undatedYear: ({ year }) => `${year}; dyddiad cyhoeddi heb ei wybod`,
    noInspection: 'dim arolygiad wedi’i gyhoeddi',
    noRateInterval: 'amherthnasol: dim cyfradd',
  },
  latest: {
    scale: { 'four-grade': 'CDI', 'five-grade': 'PEEL' },
    yearUnknown: 'blwyddyn heb ei gwybod',
    noGrade: 'dim gradd gyffredinol yn y data hwn',
    noRate: 'dim cyfradd gyffredinol union yn y data hwn',
    from: 'o',
    gradeLabel: 'Y radd gyffredinol ddiweddaraf',
    rateLabel: 'Y gyfradd cofnodi gyffredinol union ddiweddaraf',
    alsoCalled: 'Enw arall',
  },
  cite: {
    referenceManager: 'Ar gyfer rheolwr cyfeiriadau (Zotero, EndNote, Mendeley, BibTeX):',
    figure: 'Dyfynnu’r ffigur hwn',
    chart: 'Dyfynnu’r siart hwn',
    published: ({ date }) => `cyhoeddwyd ${date}`,
    via: ({ publisher }) => `, yn ôl ${publisher}`,
    citedFrom: ({ url }) => `Dyfynnwyd o ${url}`,
    figureStatus: ({ status }) => `ffigur ${status}`,
    release: ({ version, date }) => `rhyddhad data ${version} o ${date}`,
    noRelease: 'heb fod mewn rhyddhad data eto',
  },
  flag: {
    'no-date': () => 'Nid yw’r dyddiad cyhoeddi’n hysbys.',
    'end-before-start': () => 'Mae cyfnod yr archwiliad wedi’i argraffu gyda’i ddiwedd cyn ei ddechrau; fe’i dangosir fel y’i hargraffwyd.',
    'long-period': ({ months }) => `Mae cyfnod yr archwiliad wedi’i argraffu fel ${months} mis, yn hwy na’r chwe mis arferol; fe’i dangosir fel y’i hargraffwyd.`,
  },
  methodology: {
    title: 'Sut y cyfrifir y ffigurau',
    description: 'Sut y mae’r wefan hon yn cyfrifo cyfraddau cofnodi, cyfyngau 95%, amcangyfrifon o droseddau heb eu cofnodi a chymariaethau.',
    lead: ({ otherSourced, inspections, otherSourcedFigures, figures }) =>
      `Mae pob ffigur ar y wefan hon wedi’i argraffu mewn ffynhonnell gyhoeddedig neu wedi’i gyfrifo o gyfrifon y mae ffynhonnell yn eu hargraffu. Adroddiadau’r Arolygiaeth ei hun yw’r rhan fwyaf o’r ffynonellau; mae ${otherSourced} o’r ${inspections} arolygiad (a ${otherSourcedFigures} o’r ${figures} ffigur) yn dibynnu yn hytrach ar dudalen arall sy’n eu hargraffu, fel papur newydd, heddlu neu ei gomisiynydd heddlu a throseddu, a enwir ar dudalen pob adroddiad. Mae’r dudalen hon yn egluro’r rhifyddeg mewn geiriau syml.`,
    leadExample: ({ force }) =>
      ` Mae’r enghreifftiau isod wedi’u cyfrifo gan yr un cod sy’n adeiladu tudalen pob adroddiad, o ffigurau 2018 y llu <span lang="en">${force}</span> yn y data, felly mae’r esboniad a’r tudalennau bob amser yn cytuno.`,
    rate: {
      heading: 'Y gyfradd cofnodi',
      text: 'Mae arolygwyr yn cymryd sampl o adroddiadau trosedd ac yn penderfynu, fesul un, a ddylai pob un fod wedi’i gofnodi fel trosedd, ac a gafodd ei gofnodi. Y gyfradd cofnodi yw’r gyfran o’r rhai a ddylai fod wedi’u cofnodi a gafodd eu cofnodi mewn gwirionedd: <em>p</em> = <em>x</em> ÷ <em>n</em>, lle mae <em>x</em> yn nifer y rhai a gofnodwyd ac <em>n</em> yn nifer y rhai a ddylai fod wedi’u cofnodi.',
      example: ({ force, x, n, p, rate }) =>
        `Enghraifft: ar gyfer trais yn erbyn y person, cofnododd y llu <span lang="en">${force}</span> ${x} o’r ${n} o droseddau a ddylai fod wedi’u cofnodi, felly <em>p</em> = ${x} ÷ ${n} = ${p}, neu ${rate}.`,
    },
    interval: {
      heading: 'Y cyfwng 95%',
      text: 'Nid yw cyfradd o sampl yn union: byddai sampl arall yn rhoi ateb ychydig yn wahanol. Mae’r cyfwng hyder 95% yn dangos pa mor bell, o fewn rheswm, y gallai’r gwir gyfradd fod o gyfradd y sampl. Ar gyfer un grŵp o droseddau, mae’r Arolygiaeth yn defnyddio’r brasamcan normal arferol:',
      example: ({ p, n, rate, halfWidth, range, published }) =>
        `Enghraifft: gyda <em>p</em> = ${p} ac <em>n</em> = ${n}, mae hyn yn rhoi ${rate} ${halfWidth}, o ${range}. Argraffodd yr adroddiad ${published}: yr un ffigur.`,
      allCrime: ({ printed }) =>
        `Mae’r cyfwng ar gyfer <strong>pob trosedd</strong> yn wahanol. Tynnir y sampl ar wahân o sawl grŵp o droseddau (trais, troseddau rhywiol ac eraill), ac mae pob grŵp yn cyfrif yn ôl ei gyfran o’r holl droseddau a gofnodwyd. Felly mae’r gyfradd gyffredinol a’i chyfwng yn <em>amcangyfrif haenedig</em>: cyfartaledd wedi’i bwysoli o gyfraddau’r grwpiau, gyda chyfwng sy’n cyfuno ansicrwydd pob grŵp yn ôl ei bwysau. O roi’r fformiwla uchod ar gyfanswm y rhai a archwiliwyd, ceir ateb ychydig yn wahanol, ac anghywir. Lle mae gan y data gyfrifon a phwysau pob grŵp, mae’r wefan hon yn cyfrifo’r amcangyfrif haenedig; lle nad oes, mae’n dangos y cyfwng yn union fel y’i hargraffwyd${printed}, ac nid yw byth yn cyfrifo un gwahanol.`,
      printedExample: ({ rate, halfWidth, force }) => ` (${rate} ${halfWidth} ar gyfer y llu <span lang="en">${force}</span>)`,
    },
    unrecorded: {
      heading: 'Troseddau bob blwyddyn heb eu cofnodi',
      text: 'Os cofnododd y llu gyfran <em>p</em> o’r troseddau y dylai fod wedi’u cofnodi, a’i fod wedi cofnodi PRC o droseddau mewn blwyddyn (troseddau a gofnodwyd gan yr heddlu, heb gynnwys twyll), yna dylai fod wedi cofnodi PRC ÷ <em>p</em>. Y gwahaniaeth yw’r amcangyfrif o’r troseddau bob blwyddyn na chawsant eu cofnodi:',
      example: ({ p, rate, base, estimate, over, published }) =>
        `Enghraifft: dim ond fel “<span lang="en">over 800,000</span>” y mae’r adroddiad yn argraffu nifer y troseddau a gofnodwyd gan yr heddlu. Gyda <em>p</em> = ${p} (${rate}), mae cyfanswm o ${base} o droseddau a gofnodwyd yn rhoi <em>U</em> = ${estimate}. Mae adroddiadau’n argraffu hyn fel terfyn isaf, wedi’i dalgrynnu <strong>i lawr</strong> i dri ffigur ystyrlon: ${over}, sef yr hyn y mae’r adroddiad yn ei ddweud (${published}). Mae talgrynnu i lawr yn cadw “dros” yn wir.`,
      range: ({ range, unrecorded }) =>
        `Gan fod gan y gyfradd gyfwng 95% (${range}), mae gan yr amcangyfrif un hefyd: o roi dau ben y cyfwng yn yr un fformiwla, ceir ystod o tua ${unrecorded} o droseddau bob blwyddyn. Nid argraffodd yr Arolygiaeth yr ystod hon; mae’r wefan hon yn ei dangos am fod un rhif yn cuddio pa mor ansicr yw’r amcangyfrif. Mae cyfradd uwch yn golygu llai o droseddau heb eu cofnodi, felly pen uchaf cyfwng y gyfradd sy’n rhoi pen isaf yr ystod.`,
      reinspections: 'Mae ailarolygiadau’n argraffu amcangyfrif gwahanol yn lle hynny: faint yn rhagor o droseddau bob blwyddyn y mae’r llu yn eu cofnodi erbyn hyn nag yn ei arolygiad blaenorol.',
    },
    comparisons: {
      heading: 'Cymharu dwy gyfradd',
      text: 'Gall newid rhwng dau arolygiad, neu fwlch rhwng dau heddlu, fod yn real neu’n ddim mwy na siawns yn y samplau. Mae’r wefan hon yn ei brofi ar y lefel 95% mewn un o ddwy ffordd:',
      counts: 'lle daw’r ddwy gyfradd gyda’u cyfrifon, <strong>prawf dwy gyfran</strong> safonol, sy’n cyfuno’r ddau sampl i farnu pa mor fawr y gallai bwlch fod drwy siawns yn unig;',
      intervals: 'lle mai dim ond y cyfraddau a argraffwyd a’u cyfyngau ± sy’n hysbys, prawf <strong>o’r cyfyngau</strong>: o rannu hanner lled pob cyfwng â 1.96 ceir gwall safonol y gyfradd honno, cyfunir y ddau, a rhennir y bwlch â’r canlyniad. Mae canlyniad y tu hwnt i 1.96 yn arwyddocaol.',
      untestable: 'Lle argraffwyd un o’r ddwy gyfradd heb gyfwng a heb gyfrifon, <strong>ni ellir profi’r newid</strong>, ac mae’r wefan yn dweud hynny yn hytrach na dyfalu.',
      example: ({ force, rate, halfWidth, other, otherRate, otherInterval, gap, z, significant }) =>
        `Mae bwlch o ${gap} pwynt canran rhwng y llu <span lang="en">${force}</span> (${rate} ${halfWidth}) a’r llu <span lang="en">${other}</span> (${otherRate} ${otherInterval}). O rannu’r bwlch hwnnw â’r gwall safonol cyfun, ceir ${z}, felly ${significant ? 'mae’r gwahaniaeth yn ystadegol arwyddocaol' : 'nid yw’r gwahaniaeth yn ystadegol arwyddocaol'}.`,
      caveat:
        'Cafodd yr heddluoedd eu harolygu mewn blynyddoedd gwahanol a’u harchwilio mewn ffyrdd gwahanol (roedd samplau 2014 yn rhy fach i fod yn ddibynadwy ar gyfer un heddlu ar ei ben ei hun), felly mae cymhariaeth yn dweud a yw dau ffigur yn wahanol, nid pam. Dangosir sampl 2014 (y troseddau a gofnodwyd o’r sampl bach a archwiliwyd) o dan ei label ei hun, a byth fel cyfradd cofnodi ar gyfer pob trosedd, felly nid yw’n dechrau tuedd. Lle nad yw dyddiad cyhoeddi adroddiad wedi’i gyhoeddi, caiff ei osod mewn amser yn ôl cyfnod ei archwiliad, neu fel arall yn ôl y flwyddyn yn ei deitl, neu fel arall yn syth ar ôl yr arolygiad y mae’n dychwelyd ato.',
    },
    precision: {
      heading: 'Manwl gywirdeb y ffigurau a argraffwyd',
      text: ({ count, period, sexual, coverage }) =>
        `Mae adroddiadau’n argraffu cyfraddau i un lle degol, weithiau fel rhifau cyfan, ac mae ${count} o’r cyfraddau a gyhoeddwyd yma i ddau le degol ${period}${sexual}; cyfyngau fel arfer i ddau le degol. Mae’r wefan hon yn cadw pob ffigur a gyhoeddwyd yn union fel y’i hargraffwyd, gyda’i nifer ei hun o leoedd degol, oherwydd nid yw “91%” a “91.0%” yn honni’r un manwl gywirdeb. Dangosir y ffigurau y mae’r wefan yn eu cyfrifo o gyfrifon i un lle degol ar gyfer cyfraddau a dau ar gyfer cyfyngau, ac fe’u nodir fel rhai wedi’u cyfrifo. Ni ddangosir ffigur coll byth fel sero: mae’r dudalen yn dweud ai heb ei gyhoeddi gan y ffynhonnell y mae, ai heb ei ganfod eto (mae’r <a href="${coverage}">dudalen cwmpas</a> yn rhestru ble y buom yn chwilio), ai amherthnasol i’r math hwnnw o arolygiad.`,
      period: ({ first, last, undated }) =>
        `(mewn adroddiadau a gyhoeddwyd rhwng ${first} a ${last}${undated > 0 ? `, ac mewn ${undated} nad yw eu dyddiad cyhoeddi’n hysbys` : ''})`,
      sexual: ({ force, rate }) => ` (argraffwyd cyfradd troseddau rhywiol y llu <span lang="en">${force}</span> fel ${rate})`,
    },
  },
  glossaryPage: {
    title: 'Geirfa',
    description: 'Ystyr y byrfoddau a’r graddau yn adroddiadau arolygiadau cywirdeb data troseddu.',
    lead: 'Y termau a’r graddau a ddefnyddir yn adroddiadau arolygiadau cywirdeb data troseddu, mewn iaith glir. Dangosir pob byrfodd fel y mae’r adroddiadau’n ei argraffu, yn Saesneg gan amlaf.',
    terms: 'Termau a byrfoddau',
    grades: 'Graddau',
    methodology: ({ href }) => `Esbonnir sut y cyfrifir y ffigurau ar y <a href="${href}">dudalen methodoleg</a>.`,
  },
  glossary: {
    N100: 'Dosbarthiad gan y Swyddfa Gartref sy’n egluro pam na chofnodwyd adroddiad o drais rhywiol fel trosedd ar unwaith.',
    AVI: 'Gwybodaeth ychwanegol y gellir ei gwirio: tystiolaeth newydd sy’n dangos na ddigwyddodd trosedd a gofnodwyd, fel y gellir ei chanslo.',
    HOCR: 'Rheolau Cyfrif y Swyddfa Gartref, sy’n dweud pryd a sut y mae’n rhaid i’r heddlu gofnodi trosedd.',
    NCRS: 'Y Safon Genedlaethol ar gyfer Cofnodi Troseddau, sy’n gofyn i heddluoedd gofnodi troseddau gan roi’r dioddefwr yn gyntaf.',
    FCR: 'Cofrestrydd troseddau’r llu, y swyddog sy’n sicrhau bod y llu yn dilyn y rheolau ar gyfer cofnodi troseddau.',
    DDM: 'Gwneuthurwr penderfyniadau dynodedig, swyddog hyfforddedig sy’n penderfynu a ellir canslo trosedd a gofnodwyd.',
    PRC: 'Troseddau a gofnodwyd gan yr heddlu: y troseddau y mae’r heddlu wedi’u cofnodi dros gyfnod, heb gynnwys twyll.',
    HMICFRS: 'Arolygiaeth Cwnstabliaeth a Gwasanaethau Tân ac Achub Ei Fawrhydi, sy’n arolygu heddluoedd yng Nghymru a Lloegr.',
    HMIC: 'Arolygiaeth Cwnstabliaeth Ei Mawrhydi, enw’r arolygiaeth heddlu hyd at 2017.',
    CDI: 'Cywirdeb data troseddu: pa mor gywir y mae llu yn cofnodi’r troseddau a adroddir iddo.',
    PEEL: 'Effeithlonrwydd, effeithiolrwydd a chyfreithlondeb heddlu: asesiad rheolaidd yr Arolygiaeth o bob llu.',
    MASH: 'Hyb diogelu amlasiantaethol, lle mae’r heddlu, cynghorau a gwasanaethau iechyd yn rhannu pryderon am bobl fregus.',
    CAIT: 'Tîm ymchwilio i gam-drin plant, uned yr heddlu sy’n ymchwilio i droseddau yn erbyn plant.',
    METCC: 'Rheolaeth gyfathrebu Heddlu Metropolitan Llundain, sy’n ateb ac yn ymdrin â galwadau gan y cyhoedd.',
    CMS: 'Gwasanaethau rheoli troseddau: timau Heddlu Metropolitan Llundain sy’n gwirio ac yn rheoli troseddau a gofnodwyd.',
    TDIU: 'Yr uned ymchwilio dros y ffôn ac ar-lein, sy’n ymchwilio i rai troseddau dros y ffôn neu ar-lein.',
    MSKU: 'Uned caethwasiaeth fodern a herwgipio Heddlu Metropolitan Llundain.',
    outstanding: 'Y radd uchaf: mae’r llu yn perfformio’n eithriadol o dda.',
    good: 'Mae’r llu yn perfformio’n dda ac yn bodloni’r safon a ddisgwylir.',
    adequate: 'Yn cael ei defnyddio o 2021 ymlaen yn unig: mae’r llu yn bodloni’r safon ond gallai wneud yn well.',
    'requires improvement': 'Mae’r llu yn methu â chyrraedd y safon mewn ffyrdd y mae’n rhaid iddo eu cywiro.',
    inadequate: 'Y radd isaf: mae perfformiad y llu yn achosi pryder difrifol.',
  },
  correctionsPage: {
    title: 'Cywiriadau',
    description: 'Pob cywiriad a wnaed i adroddiad a gyhoeddwyd, y diweddaraf yn gyntaf.',
    feedTitle: 'Cywiriadau (yn Saesneg)',
    lead: ({ href }) => `Pan gaiff adroddiad a gyhoeddwyd ei gywiro, mae’r adroddiad yn dweud hynny a rhestrir y cywiriad yma. Dilynwch gywiriadau newydd drwy’r <a href="${href}">ffrwd cywiriadau</a> (yn Saesneg).`,
    none: 'Nid oes unrhyw adroddiad wedi’i gywiro.',
    reason: 'Rheswm:',
  },
  searchPage: {
    title: 'Chwilio’r adroddiadau',
    description: 'Chwilio testun tudalennau Cymraeg adroddiadau arolygiadau cywirdeb data troseddu.',
    lead: 'Chwilio testun tudalennau Cymraeg y wefan, sef tudalennau’r pedwar heddlu yng Nghymru a’u hadroddiadau: enw heddlu, term fel N100, neu ganfyddiad.',
    fallback: ({ table, list }) =>
      `Mae’r chwiliad yn rhedeg yn eich porwr ac mae angen JavaScript arno, nad yw’n rhedeg ar y dudalen hon. Gallwch ddod o hyd i bob adroddiad o hyd: mae’r <a href="${table}">tabl o’r holl heddluoedd</a> yn rhestru arolygiad diweddaraf pob heddlu, ac mae’r <a href="${list}">rhestr o arolygiadau</a> yn cysylltu â phob adroddiad.`,
    // pagefind 1.5.2 has no Welsh interface text of its own; its keys and [COUNT], [SEARCH_TERM] slots are its own.
    ui: () => ({
      placeholder: 'Chwilio',
      clear_search: 'Clirio',
      load_more: 'Rhagor o ganlyniadau',
      search_label: 'Chwilio’r wefan hon',
      filters_label: 'Hidlwyr',
      zero_results: 'Dim canlyniadau ar gyfer [SEARCH_TERM]',
      many_results: '[COUNT] o ganlyniadau ar gyfer [SEARCH_TERM]',
      one_result: '[COUNT] canlyniad ar gyfer [SEARCH_TERM]',
      total_zero_results: 'Dim canlyniadau',
      total_one_result: '[COUNT] canlyniad',
      total_many_results: '[COUNT] o ganlyniadau',
      alt_search: 'Dim canlyniadau ar gyfer [SEARCH_TERM]. Yn dangos canlyniadau ar gyfer [DIFFERENT_TERM] yn lle hynny',
      search_suggestion: 'Dim canlyniadau ar gyfer [SEARCH_TERM]. Rhowch gynnig ar un o’r chwiliadau hyn:',
      searching: 'Yn chwilio am [SEARCH_TERM]…',
      results_label: 'Canlyniadau chwilio',
      keyboard_navigate: 'llywio',
      keyboard_select: 'dewis',
      keyboard_clear: 'clirio',
      keyboard_close: 'cau',
      keyboard_search: 'chwilio',
      error_search: 'Methodd y chwiliad',
      filter_selected_one: '[COUNT] wedi’i ddewis',
      filter_selected_many: '[COUNT] wedi’u dewis',
      input_hint: 'Bydd canlyniadau’n ymddangos wrth i chi deipio',
      loading: 'Yn llwytho',
    }),
  },
  dataPage: {
    title: 'Lawrlwytho’r data',
    description: 'Pob ffigur a gradd ar y wefan hon fel CSV a JSON, gyda geiriadur o’r colofnau.',
    feedTitle: 'Rhyddhadau data (yn Saesneg)',
    lead: 'Daw pob ffigur ar y wefan hon o’r ffeiliau isod, sydd yn Saesneg. Mae cell wag yn golygu bod y ffigur <strong>heb ei gyhoeddi</strong>; nid yw byth yn golygu 0.',
    whole: 'Y set ddata gyfan',
    figuresCsv: ({ rows }) => `: pob ffigur o bob arolygiad, un rhes i bob arolygiad a mesur (${rows} rhes).`,
    inspectionsCsv: ({ rows }) => `: pob arolygiad, gyda’i raddau (${rows} rhes).`,
    figuresJson: ': yr un cofnodion â’r ddwy ffeil CSV, gyda rhifau fel rhifau a <code>null</code> lle nad yw gwerth wedi’i gyhoeddi.',
    packageHeading: 'Pecyn data, rhyddhadau a newidiadau',
    datapackage: ({ spec }) =>
      ` yn disgrifio’r set ddata a’r ffeiliau mewnbwn fel <a href="${spec}" hreflang="en">Frictionless Tabular Data Package</a> (v1): math, uned ac ystyr pob colofn, yr allweddi sy’n cysylltu’r ffeiliau, y drwydded, y ffynonellau a fersiwn y rhyddhad. Mae celloedd gwag yn werthoedd coll. Mae ein profion yn ei ddilysu yn erbyn proffil y Tabular Data Package (JSON Schema, fel y’i darperir gan lyfrgell JavaScript Frictionless <code>datapackage</code> 1.1.10) gyda’r dilysydd ajv, ac yn darllen pob ffeil gyda’r llyfrgell honno, sy’n gwirio math pob cell a phob allwedd estron.`,
    changes: ({ changes, feed }) =>
      `<a href="${changes}">Rhyddhadau data a newidiadau</a>: pob rhyddhad o’r set ddata, ei ffeiliau yn <code>/data/releases/&lt;fersiwn&gt;/</code>, a’r arolygiadau a ychwanegodd a’r ffigurau a newidiodd (yr hen werth a’r newydd, gyda rheswm y cywiriad) neu a ddileodd; hefyd fel <a href="${feed}" hreflang="en">ffrwd</a> (yn Saesneg). Mae dyfyniad ffigur yn enwi’r rhyddhad y mae ynddo.`,
    chartHeading: 'Lawrlwytho siartiau',
    chartLead: 'Mae gan bob siart ar dudalen adroddiad ei ffeiliau ei hun i’w lawrlwytho wrth ei ymyl, wedi’u henwi ar ôl y siart (e.e. <code>recording-rates.csv</code>); yr un ffeiliau Saesneg ydynt ar dudalennau’r ddwy iaith:',
    chartCsv:
      '<strong>Y CSV</strong> (<code>&lt;siart&gt;.csv</code>): ffeil CSV blaen y mae Excel, Google Sheets, Datawrapper, Flourish a pandas yn ei hagor fel y mae: y rhes pennawd yn gyntaf, yna un rhes i bob eitem a blotiwyd, gyda’r union werthoedd y mae’r siart yn eu lluniadu, fel rhifau. Mae enwau’r colofnau’n cynnwys eu huned (<code>rate_pct</code> mewn canran, <code>ci_low_pct</code> a <code>ci_high_pct</code> terfynau’r cyfwng 95%, <code>ci_half_width_pct</code> ei hanner lled mewn pwyntiau canran, <code>_count</code> a <code>_crimes_per_year</code> yn gyfrifon). Mae cell wag yn golygu heb ei gyhoeddi. Mae’r ffeil yn <strong>UTF-8 gyda nod trefn beitiau</strong>, fel bod Excel yn dangos nodau fel “’” ac “–” yn gywir; mae rhaglenni eraill yn anwybyddu’r nod.',
    chartJson:
      '<strong>Y JSON wrth ei ymyl</strong> (<code>&lt;siart&gt;.json</code>, disgrifiad y CSV): yr hyn nad yw yn y CSV: teitl a chrynodeb y siart, ystyr pob colofn, y llu a’r arolygiad, y dyddiad cyhoeddi a chyfnod yr archwiliad, maint y sampl ar gyfer pob ffigur a blotiwyd, sut y cafwyd y gwerthoedd (statws), y ffynhonnell a’i chyfeiriad, y dyfyniad, y rhyddhad data y mae’r ffigurau ynddo, a’r adeiladwaith a wnaeth y ffeil.',
    chartImages: 'Y siart ei hun fel <strong>SVG</strong> a <strong>PNG</strong>, a <strong>chod mewnosod</strong> i’w roi mewn tudalen we (ar dudalen Saesneg yr adroddiad).',
    chartOthers: ({ overview, betterOrWorse }) =>
      `Mae gan siartiau’r trosolwg yr un CSV a JSON wrth ymyl <a href="${overview}">y trosolwg</a>, ac mae gan <a href="${betterOrWorse}">pwy wellodd neu waethygodd</a> ei dabl fel CSV.`,
    readingHeading: 'Darllen y ffeiliau CSV yn Python ac R',
    reading:
      'Mae pob CSV yma yn UTF-8 ac yn dechrau gyda nod trefn beitiau (ar gyfer Excel). Darllenwch y ffeil gyda’r amgodiad sy’n gollwng y nod, neu bydd enw’r golofn gyntaf yn dechrau gyda nod anweledig (<code>\\ufeffforce</code> yn lle <code>force</code>). Mae cell wag yn werth coll, nid sero byth.',
    codeR: '# R (mae readr yn hepgor y nod; mae angen yr amgodiad ar R sylfaenol)',
    inputHeading: 'Y ffeiliau mewnbwn',
    inputLead: 'Y ffeiliau y mae’r wefan wedi’i hadeiladu ohonynt, fel y’u darllenwyd gan yr adeiladwaith. Disgrifir eu fformat yn <code>docs/data-format.md</code> yng nghod ffynhonnell y prosiect (yn Saesneg).',
    inputFindings: ': y ffigurau fel y’u cyhoeddwyd neu fel y’u cyfrifwyd, un rhes i bob arolygiad a mesur.',
    inputInspections: ': yr arolygiadau, gyda’u graddau a’u ffynonellau.',
    inputForces: ': 43 heddlu tiriogaethol Cymru a Lloegr.',
    inputPlaces: ': trefi, siroedd a chynghorau fesul heddlu, fel y mae Deddf yr Heddlu 1996 a thudalennau’r Arolygiaeth, yr heddluoedd a’r Senedd yn eu henwi, pob un gyda’i ffynhonnell; mae “dod o hyd i’ch heddlu” ar yr hafan yn ei defnyddio.',
    inputResearchLog: ({ coverage }) => `: pob chwiliad a wnaed i ddod o hyd i’r ffigurau, un rhes i bob chwiliad, gyda’r hyn a ganfu a ble (gweler <a href="${coverage}">cwmpas y cofnod</a>).`,
    citingHeading: 'Dyfynnu ffigur',
    citing:
      'Mae gan bob ffigur allweddol a siart destun “Dyfynnu’r ffigur hwn” sy’n rhoi’r ffigur, y llu, yr arolygiad, cyhoeddiad yr Arolygiaeth a’i ddyddiad, y ffynhonnell a chyfeiriad y ffigur yma. Ffigurau’r Arolygiaeth yw’r ffigurau fel y’u cyhoeddwyd; cyfrifwyd y ffigurau sydd wedi’u nodi “wedi’i gyfrifo o’r cyfrifon” yma o’r cyfrifon a gyhoeddwyd. Cyhoeddiad yr Arolygiaeth yw’r testun awdurdodol.',
    columnsOf: ({ file }) => `Colofnau ${file}`,
    columnsCaption: ({ file }) => `Colofnau ${file}, yn eu trefn (yr ystyron yn Saesneg, fel y ffeil)`,
    column: 'Colofn',
    meaning: 'Ystyr',
    build: ({ version, date }) => `Yr adeiladwaith hwn: cdi-reports ${version}, data a gyhoeddwyd hyd at ${date}.`,
    unknownDate: 'dyddiad anhysbys',
  },
  releaseChanges: {
    nothing: 'Ni chafodd unrhyw arolygiad na ffigur ei ychwanegu, ei newid na’i ddileu.',
    inspectionsAdded: ({ count }) => `Arolygiadau a ychwanegwyd (${count})`,
    figuresChanged: ({ count }) => `Ffigurau a newidiwyd (${count})`,
    figuresAdded: ({ count }) => `Ffigurau a ychwanegwyd (${count})`,
    figuresRemoved: ({ count }) => `Ffigurau a ddilëwyd (${count})`,
    reason: 'Rheswm:',
  },
  changesPage: {
    title: 'Rhyddhadau data a newidiadau',
    description: 'Pob rhyddhad o’r set ddata, a’r hyn a ychwanegodd, a newidiodd ac a ddileodd ers yr un o’i flaen.',
    feedTitle: 'Rhyddhadau data (yn Saesneg)',
    lead: ({ feed }) =>
      `Cyhoeddir y set ddata mewn rhyddhadau wedi’u rhifo. Mae pob rhyddhad yn cadw ei ffeiliau yn ei gyfeiriad ei hun, fel y gellir gwirio yno bob amser ffigur a ddyfynnwyd o ryddhad. Isod, cymherir pob rhyddhad â’r un o’i flaen. Mae enwau’r arolygiadau a’r ffigurau, a nodiadau’r rhyddhadau, yn Saesneg, fel yn y data. Dilynwch ryddhadau newydd drwy’r <a href="${feed}" hreflang="en">ffrwd rhyddhadau</a> (yn Saesneg).`,
    none: 'Nid oes rhyddhad data wedi’i wneud eto.',
    unreleased: 'Heb fod mewn rhyddhad eto',
    unreleasedLead: ({ version }) => `Mae’r data ar y wefan hon wedi newid ers rhyddhad ${version}. Bydd y newidiadau hyn yn y rhyddhad nesaf.`,
    release: ({ version }) => `Rhyddhad ${version}, `,
    dataset: 'Ei set ddata:',
    compared: ({ previous }) => `o’i gymharu â rhyddhad ${previous}`,
    first: 'y rhyddhad cyntaf: mae pob arolygiad yn newydd',
  },
  sentence: {
    recordedShare: ({ rate }) => `Cofnododd yr heddlu ${rate} o’r troseddau a adroddwyd iddo.`,
    unrecordedEachYear: ({ count }) => `Mae’r Arolygiaeth yn amcangyfrif nad oedd yr heddlu wedi cofnodi ${countNoun(count, trosedd)} bob blwyddyn.`,
    // The object of an inflected verb takes the soft mutation: *Nododd yr Arolygiaeth ddau faes…*.
    areasForImprovement: ({ count }) => `Nododd yr Arolygiaeth ${soft(countNoun(count, maesIWella))}.`,
    crimeRecordingIn: ({ force }) => `Cofnodi trosedd ${inPlace(cy.area[force])}`,
    publishedOn: ({ date }) => `Cyhoeddwyd ar ${formatDate('cy', date)}.`,
    englishOnly: () => 'Mae’r adroddiad hwn ar gael yn Saesneg yn unig.',
  },
};
