import type { Grade, GradeScale, Kind } from './grades.ts';

/** A number as the source printed it: `decimals` keeps "91" apart from "91.0". */
export interface Printed {
  value: number;
  decimals: number;
}

export interface ForceInput {
  line: number;
  id: string;
  name: string;
  shortName: string;
  country: 'England' | 'Wales' | 'England and Wales';
}

export interface InspectionInput {
  line: number;
  force: string;
  slug: string;
  kind: Kind;
  title: string;
  published: string | null;
  auditStart: string | null;
  auditEnd: string | null;
  auditPeriodText: string | null;
  gradeScale: GradeScale;
  overallGrade: Grade | null;
  q1Grade: Grade | null;
  q2Grade: Grade | null;
  q3Grade: Grade | null;
  regradedFrom: Grade | null;
  revisits: string | null;
  prcTotal: number | null;
  prcViolence: number | null;
  prcSexualOffences: number | null;
  auditableRoutePct: Printed | null;
  population: number | null;
  sourceUrl: string;
  notes: string | null;
}

export interface FindingInput {
  line: number;
  force: string;
  slug: string;
  measure: string;
  numerator: number | null;
  denominator: number | null;
  ratePct: Printed | null;
  ciPm: Printed | null;
  unrecordedOver: number | null;
  additionalRecorded: number | null;
  approx: string | null;
  /** `pending`: the inspection is not yet published; the row holds no figures yet. */
  status: 'published' | 'computed' | 'pending';
  source: string;
  note: string | null;
}

export interface Recommendation {
  text: string;
  due: string;
}

export interface FrontMatter {
  headline: string | null;
  summary: string[];
  strengths: string[];
  areasForImprovement: string[];
  causesOfConcern: { concern: string; recommendations: Recommendation[] }[];
  corrections: { date: string; change: string; reason: string }[];
}

export interface NarrativeInput {
  file: string;
  force: string;
  slug: string;
  frontMatter: FrontMatter;
  /** Line in the file where each front-matter key begins, for placeholder errors. */
  frontMatterLines: Record<string, number>;
  body: string;
  /** Line in the file of the body's first line. */
  bodyLine: number;
}

export interface Inputs {
  forces: ForceInput[];
  inspections: InspectionInput[];
  findings: FindingInput[];
  narratives: NarrativeInput[];
}

export const inspectionKey = (i: { force: string; slug: string }): string => `${i.force}/${i.slug}`;
