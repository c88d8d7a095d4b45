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
    auditPeriodFrom: ({ start }) => `o ${start}; dyddiad gorffen heb ei gyhoeddi`,
    auditPeriodUntil: ({ end }) => `hyd at ${end}; dyddiad dechrau heb ei gyhoeddi`,
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
      notPublished: ({ label }) => `${label}: heb ei gyhoeddi`,
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
        `Map o’r ${countNoun(count, heddlu)} yng Nghymru a Lloegr, un sgwâr yr un, wedi’u gosod yn fras lle mae pob heddlu, wedi’u lliwio a’u labelu yn ôl gradd gyffredinol ddiweddaraf yr heddlu, gyda chyfradd cofnodi a blwyddyn yr arolygiad hwnnw.`,
      // "eithriadol (CDI), 3 heddlu": a numeral takes the singular noun.
      summaryGrades: ({ entries }) => `Y radd gyffredinol ddiweddaraf: ${entries.map((g) => `${g.label.toLowerCase()}, ${countNoun(g.count, heddlu)}`).join('; ')}.`,
      summaryNoRate: ({ without, count }) => `Nid oes gan ${without} o’r ${countNoun(count, heddlu)} gyfradd cofnodi o’r arolygiad a ddangosir.`,
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
    recordingRates: {
      heading: 'Troseddau a gofnodwyd yn gywir, fesul grŵp trosedd',
      axis: 'Wedi’u cofnodi’n gywir (%)',
      caption: 'Cyfran y troseddau a adroddwyd a gofnodwyd yn gywir, gyda’r cyfwng hyder 95%',
      column: { group: 'Grŵp trosedd', recorded: 'Wedi’u cofnodi’n gywir', interval: 'Cyfwng hyder 95%' },
      noInterval: 'cyfwng heb ei gyhoeddi',
      firstInterval: ({ range }) => `cyfwng hyder 95% ${range}`,
      overall: ({ rate, interval }) => `Cofnododd yr heddlu ${rate} o’r troseddau a adroddwyd iddo (${interval}).`,
      group: ({ label, rate, interval }) => `${label}: ${rate} (${interval}).`,
      notPublished: ({ label }) => `${label}: heb ei gyhoeddi`,
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
    significant: { yes: 'Ydy', no: 'Nac ydy', untestable: 'Ni ellir ei brofi: cyfwng heb ei gyhoeddi' },
    // The series is the object of the verb, which softens it: *Ni chyhoeddodd unrhyw arolygiad gyfran…*.
    none: ({ measure }) => `Ni chyhoeddodd unrhyw arolygiad o’r heddlu hwn ${soft(trendPhrase[measure])}.`,
    onlyOne: ({ measure, rate }) => `Dim ond un arolygiad a gyhoeddodd ${soft(trendPhrase[measure])} (${rate}), felly nid oes newid i’w gymharu.`,
    // The subject after the verb keeps its radical; *a* (and) becomes *ac* before a vowel and aspirates c, p, t.
    changed: ({ measure, direction, points, from, fromRate, to, toRate }) =>
      `${direction === 'none' ? `Ni newidiodd ${trendPhrase[measure]}` : `Aeth ${trendPhrase[measure]} ${direction === 'up' ? 'i fyny' : 'i lawr'} ${points} pwynt`} rhwng ${from} (${fromRate}) ${and(to)} (${toRate}).`,
    verdict: {
      untestable: 'Ni ellir profi a yw hyn yn fwy na siawns, gan na chyhoeddwyd cyfwng 95% ar gyfer y ddau arolygiad.',
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
    mapNote: 'Mae pob sgwâr yn dangos un arolygiad: ei radd a’i flwyddyn. Mae’r cyfraddau a’r tabl llawn ar y trosolwg.',
    mapMore: 'Gradd a chyfradd pob heddlu, gyda’r blynyddoedd',
    findHeading: 'Dod o hyd i’ch heddlu',
    findLabel: 'Heddlu, cyngor neu dref (neu enw byr: GMP, TVP)',
    findButton: 'Chwilio',
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
  meta: {
    reportDescription: ({ force, title, published, grade, rate }) => `${force}, ${title} (${published}). ${grade}. ${rate}.`,
    publishedOn: ({ date }) => `cyhoeddwyd ${date}`,
    overallGrade: ({ grade }) => `Gradd gyffredinol: ${grade}`,
    overallRateMissing: 'Cyfradd cofnodi gyffredinol: heb ei chyhoeddi',
    cardAlt: ({ title }) => `${title}: y radd gyffredinol a’r gyfradd cofnodi`,
    forceDescription: ({ force, count }) =>
      `${force}: ${count === 0 ? 'nid oes arolygiad cywirdeb data troseddu wedi’i gyhoeddi yma eto' : `${countNoun(count, arolygiad)} cywirdeb data troseddu, gyda phob ffigur a’i ffynhonnell`}.`,
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
    'no-date': () => 'Nid yw’r dyddiad cyhoeddi wedi’i gyhoeddi.',
    'end-before-start': () => 'Mae cyfnod yr archwiliad wedi’i argraffu gyda’i ddiwedd cyn ei ddechrau; fe’i dangosir fel y’i hargraffwyd.',
    'long-period': ({ months }) => `Mae cyfnod yr archwiliad wedi’i argraffu fel ${months} mis, yn hwy na’r chwe mis arferol; fe’i dangosir fel y’i hargraffwyd.`,
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
