import type { Grade, GradeScale, Kind } from './grades.ts';
import type { MeasureGroup, MeasureShape } from './measures.ts';

/*
 * The report model: everything a page shows, computed once from the inputs and written as JSON.
 * Every number a page prints is here with its text already formatted, so that pages never format figures.
 */

export type Status = 'published' | 'computed';

export interface Figure {
  measure: string;
  label: string;
  phrase: string;
  group: MeasureGroup;
  shape: MeasureShape;
  question: 1 | 2 | 3;
  numerator: number | null;
  denominator: number | null;
  /** "98 of 118", or "1,035" for a count. */
  countText: string | null;
  /** In percent (0–100). */
  rate: { value: number; text: string; status: Status } | null;
  /** 95% interval in percent; `text` is "±1.64", `rangeText` "87.9% to 91.1%". */
  interval: { halfWidth: number; low: number; high: number; text: string; rangeText: string; status: Status } | null;
  unrecorded: {
    over: number;
    text: string;
    status: Status;
    /** Crimes a year not recorded at the interval's bounds; the inspectorate never printed it. */
    range: { low: number; high: number; text: string; basis: string } | null;
  } | null;
  additional: { value: number; text: string } | null;
  approx: string | null;
  source: string;
  note: string | null;
  /** Line of the row in data/findings.csv. */
  line: number;
}

export interface ForceRef {
  id: string;
  name: string;
  shortName: string;
  country: 'England' | 'Wales';
}

export interface InspectionRef {
  key: string;
  url: string;
  title: string;
  published: string | null;
}

export interface Section {
  id: string;
  heading: string;
  question: 1 | 2 | 3 | null;
  html: string;
}

export interface Narrative {
  headline: string | null;
  summary: string[];
  strengths: string[];
  areasForImprovement: string[];
  causesOfConcern: { concern: string; recommendations: { text: string; due: string }[] }[];
  corrections: { date: string; dateText: string; change: string; reason: string }[];
  sections: Section[];
}

export interface Report {
  key: string;
  url: string;
  force: ForceRef;
  slug: string;
  kind: Kind;
  kindLabel: string;
  title: string;
  published: { date: string; text: string } | null;
  auditPeriod: { start: string | null; end: string | null; text: string; months: number | null } | null;
  grades: {
    scale: GradeScale;
    overall: Grade | null;
    questions: { 1: Grade | null; 2: Grade | null; 3: Grade | null };
    regradedFrom: Grade | null;
    previous: (InspectionRef & { grade: Grade | null }) | null;
  };
  context: {
    prcTotal: number | null;
    auditableRoutePctText: string | null;
    population: number | null;
    populationText: string | null;
  };
  figures: Figure[];
  narrative: Narrative | null;
  sourceUrl: string;
  notes: string | null;
  /** Plain-English notes on untidy data (missing date, odd audit period...), shown on the page. */
  flags: string[];
}

export interface Site {
  forces: (ForceRef & { reports: InspectionRef[] })[];
  reports: Report[];
}
