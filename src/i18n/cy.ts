/**
 * The Welsh message catalogue. Its type is the English catalogue's, so a missing key does not compile. The
 * templates are Welsh sentences in their own right: counts go through `countNoun` (numeral, gender, mutation,
 * number) and place names after *yn* through `inPlace` (nasal mutation). Terms and their sources:
 * docs/welsh-terms.md.
 */
import type { Messages } from './en.ts';
import { formatDate } from './format.ts';
import { countNoun, inPlace, soft, type WelshNoun } from './welsh.ts';

const trosedd: WelshNoun = { singular: 'trosedd', plural: 'troseddau', gender: 'f' };
const maesIWella: WelshNoun = { singular: 'maes i’w wella', plural: 'meysydd i’w gwella', counted: 'maes i’w gwella', gender: 'm' };

export const cy: Messages = {
  language: { name: 'Cymraeg', code: 'cy' },
  grade: {
    outstanding: 'eithriadol',
    good: 'da',
    adequate: 'digonol',
    'requires improvement': 'angen gwella',
    inadequate: 'annigonol',
  },
  question: {
    1: 'Pa mor effeithiol yw’r llu wrth gofnodi troseddau a adroddwyd?',
    2: 'Pa mor effeithlon y mae systemau a phrosesau’r llu yn cefnogi cofnodi trosedd yn gywir?',
    3: 'Pa mor dda y mae’r llu yn dangos yr arweinyddiaeth a’r diwylliant sydd eu hangen i fodloni’r safonau cenedlaethol ar gyfer cofnodi trosedd?',
  },
  status: {
    notPublished: 'heb ei gyhoeddi',
    notYetPublished: 'heb ei gyhoeddi eto',
    computed: 'wedi’i gyfrifo o’r cyfrifon',
    published: 'fel y’i cyhoeddwyd',
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
