/**
 * The English message catalogue, and the source of the catalogue's type: every other language must give every
 * key below with a value of the same kind (`Messages`), or it does not compile. Generated sentences are whole
 * sentences with slots; each language writes its own (the Welsh ones are not word-for-word substitutions).
 * Terms follow docs/welsh-terms.md.
 */
import type { Grade } from '../engine/vocabulary.ts';
import { englishPlural, formatDate, formatNumber } from './format.ts';

/** "1 crime", "2 crimes", "4,400 crimes". */
const count = (n: number, one: string, other: string) => `${formatNumber('en', n)} ${englishPlural(n) === 'one' ? one : other}`;

/** The four Welsh forces, by their ids in data/forces.csv. */
export type WelshForce = 'dyfed-powys' | 'gwent' | 'north-wales' | 'south-wales';

/** Where each force polices, as a place name for "in …". */
const area = {
  'dyfed-powys': 'Dyfed-Powys',
  gwent: 'Gwent',
  'north-wales': 'North Wales',
  'south-wales': 'South Wales',
} satisfies Record<WelshForce, string>;

export const en = {
  language: { name: 'English', code: 'en' },
  grade: {
    outstanding: 'outstanding',
    good: 'good',
    adequate: 'adequate',
    'requires improvement': 'requires improvement',
    inadequate: 'inadequate',
  } satisfies Record<Grade, string>,
  question: {
    1: 'How effective is the force at recording reported crime?',
    2: 'How efficiently do the systems and processes in the force support accurate crime-recording?',
    3: 'How well does the force demonstrate the leadership and culture necessary to meet the national standards for crime-recording?',
  },
  status: {
    notPublished: 'not published',
    notYetPublished: 'not yet published',
    computed: 'computed from counts',
    published: 'as published',
  },
  term: {
    crimeDataIntegrity: 'crime data integrity',
    crimeRecording: 'crime recording',
    causeOfConcern: 'cause of concern',
    causesOfConcern: 'causes of concern',
    areaForImprovement: 'area for improvement',
    areasForImprovement: 'areas for improvement',
    recommendation: 'recommendation',
    recommendations: 'recommendations',
    summary: 'summary',
    overallSummary: 'overall summary',
    gradedJudgements: 'graded judgements',
    strengths: 'strengths',
    perCent: 'per cent',
    percentagePoints: 'percentage points',
    confidenceInterval: '95% confidence interval',
    publicationDate: 'publication date',
    policeForce: 'police force',
    inspection: 'inspection',
    reinspection: 're-inspection',
    report: 'report',
    inspectorate: 'HMICFRS',
  },
  force: {
    'dyfed-powys': 'Dyfed-Powys Police',
    gwent: 'Gwent Police',
    'north-wales': 'North Wales Police',
    'south-wales': 'South Wales Police',
  } satisfies Record<WelshForce, string>,
  area,
  sentence: {
    /** A recording-rate chart's summary; `rate` is the figure's text from the model ("89.5%"). */
    recordedShare: ({ rate }: { rate: string }) => `The force recorded ${rate} of reported crimes.`,
    /** The estimate of crimes a year not recorded, as a count. */
    unrecordedEachYear: ({ count: n }: { count: number }) => `The inspectorate estimates that the force did not record ${count(n, 'crime', 'crimes')} a year.`,
    areasForImprovement: ({ count: n }: { count: number }) => `The inspectorate identified ${count(n, 'area for improvement', 'areas for improvement')}.`,
    crimeRecordingIn: ({ force }: { force: WelshForce }) => `Crime recording in ${area[force]}`,
    publishedOn: ({ date }: { date: string }) => `Published on ${formatDate('en', date)}.`,
    englishOnly: () => 'This report is available in English only.',
  },
};

export type Messages = typeof en;
