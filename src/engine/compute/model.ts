import type { Absence, Cycle, Grade, GradeScale, Kind, MeasureGroup, MeasureShape, PlaceKind, PlaceSourceKind, TrendMeasure, UnrecordedQualifier } from '../vocabulary.ts';

/*
 * The report model: everything a page shows, computed once from the inputs and written as JSON.
 * Every number a page prints is here with its text already formatted, so that pages never format figures.
 */

/** How a value came: as the source printed it, computed here from published counts, or counted here from the author's audit sheet. */
export type Status = 'published' | 'computed' | 'audit';

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
  /** 95% interval in percent; `text` is "±1.64", `rangeText` "87.9% to 91.1%", its bounds `lowText` "87.9%" and `highText` "91.1%" (for another language's range). */
  interval: { halfWidth: number; low: number; high: number; text: string; lowText: string; highText: string; rangeText: string; status: Status } | null;
  unrecorded: {
    /** The estimate's number, whatever its wording. */
    over: number;
    /** How it was printed: "over" (the usual wording) or an approximation such as "approximately". */
    qualifier: UnrecordedQualifier;
    /** "over 94,500", "approximately 6,700". */
    text: string;
    status: Status;
    /** Crimes a year not recorded at the interval's bounds; the inspectorate never printed it. */
    /** `basis`: what the range was computed from, the published estimate or police recorded crime, each with the rate's interval (worded by the catalogue's `figure.basis`). */
    range: { low: number; high: number; text: string; basis: 'estimate' | 'recorded-crime' } | null;
  } | null;
  additional: { value: number; text: string } | null;
  approx: string | null;
  source: string;
  /** The figure as its source prints it ("92.4 per cent", "over 5,100"), where the research log records it: a source link lands on it. */
  sourceText: string | null;
  note: string | null;
  /** Line of the row in data/findings.csv. */
  line: number;
  /** How many decimals the source printed the rate with (94.59% → 2); null for a rate computed here, or none. */
  printedDecimals: number | null;
  /** Why each missing value is missing (vocabulary.ts `absences`); null where the value is there. */
  absent: { rate: Absence | null; interval: Absence | null; unrecorded: Absence | null; count: Absence | null; additional: Absence | null };
  /** The measure awaits publication: every value is null and pages say "not yet published". */
  pending?: boolean;
  /** Counted from the author's audit sheet (data/audits/), not copied from a publication. */
  fromAudit?: boolean;
}

export interface ForceRef {
  id: string;
  name: string;
  shortName: string;
  country: 'England' | 'Wales' | 'England and Wales';
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
  /** Null where the narrative's source does not list them; empty where it says there are none. */
  areasForImprovement: string[] | null;
  causesOfConcern: { concern: string; recommendations: { text: string; due: string }[] }[] | null;
  corrections: { date: string; dateText: string; change: string; reason: string }[];
  sections: Section[];
  /** The first sentence of the headline, its placeholders resolved: what lists of inspections show. */
  headlineFirstSentence: string | null;
  /** The standard sections (questions, conclusion) that the narrative leaves out because its source does not cover them. */
  uncovered: { id: string; heading: string; question: 1 | 2 | 3 | null }[];
}

/** A note on untidy data in a report's inputs. */
export type ReportFlag = { flag: 'no-date' } | { flag: 'end-before-start' } | { flag: 'long-period'; months: number };

export interface Report {
  /** The data release its citations name (compute/buildReleases.ts). */
  release: ReportRelease;
  key: string;
  /** The narrative says `draft: true`: built only with --drafts (and in the preview), with a draft banner. */
  draft: boolean;
  url: string;
  force: ForceRef;
  slug: string;
  kind: Kind;
  kindLabel: string;
  title: string;
  /** HTML: the narrative headline's first sentence, or else the kind and the overall grade. */
  headline: string;
  /** The year a reader knows the inspection by: its publication's, else the year its slug starts with. */
  year: string | null;
  published: { date: string; text: string } | null;
  auditPeriod: { start: string | null; end: string | null; text: string; months: number | null } | null;
  grades: {
    scale: GradeScale;
    overall: Grade | null;
    questions: { 1: Grade | null; 2: Grade | null; 3: Grade | null };
    regradedFrom: Grade | null;
    previous: (InspectionRef & { grade: Grade | null }) | null;
    /** Why each missing grade is missing: not published by the source, not found by us, or not given by this kind of inspection. */
    absent: { overall: Absence | null; questions: { 1: Absence | null; 2: Absence | null; 3: Absence | null } };
  };
  context: {
    prcTotal: number | null;
    auditableRoutePctText: string | null;
    population: number | null;
    populationText: string | null;
    /** Why each missing value is missing: not published by the source (the row's not_published), or not found by us. */
    absent: { prcTotal: Absence | null; auditableRoutePct: Absence | null; population: Absence | null; auditPeriod: Absence | null };
  };
  figures: Figure[];
  narrative: Narrative | null;
  /** The narrative in Welsh, from `<slug>.cy.md`, its placeholders filled with Welsh words; null where there is none. */
  narrativeCy: Narrative | null;
  sourceUrl: string;
  notes: string | null;
  /** Untidy data (missing date, odd audit period...), as data: the page words each one in its language (the catalogue's `flag`). */
  flags: ReportFlag[];
}

/** One inspection in a force's change-over-time table, with its change from the previous inspection that has a rate. */
export interface TrendRow {
  /** The inspection, with its kind and year, from which a page in any language names it. */
  inspection: InspectionRef & { kind: Kind; year: string | null; publishedText: string | null };
  /** Null: the inspection did not publish this rate. */
  rateText: string | null;
  /**
   * The figure behind `rateText`, as numbers for a chart, named by the measure it was published as
   * (a 2014 dip sample's row is "dip-sample", not the series' measure), with its interval's bounds as printed ("87.9%",
   * "91.1%": each language words the range); null where no rate was published.
   */
  figure: { measure: string; value: number; status: Status; low: number | null; high: number | null; bounds: { lowText: string; highText: string } | null } | null;
  intervalText: string | null;
  /**
   * Why the rate and the interval are missing, as the inspection's own page says it (null where the value is there,
   * or where no row says why: not found yet); `pending` where the inspection is not yet published.
   */
  absent: { rate: Absence | null; interval: Absence | null; pending: boolean };
  change: {
    /** Later rate minus earlier, in percentage points. */
    points: number;
    /** Which way the rate moved, once rounded to one decimal as printed: a change that rounds to 0.0 is "none". */
    direction: 'up' | 'down' | 'none';
    /** The size of the change, rounded to one decimal: "13.0" (both languages write it alike). */
    pointsText: string;
    /** Which test was possible: counts (two-proportion test), intervals (from the printed ±), or none. */
    test: 'counts' | 'intervals' | null;
    /** Whether the change is statistically significant at the 95% level; null where it cannot be tested. */
    significant: boolean | null;
  } | null;
}

/** A force's rate for one measure across its inspections, oldest first. */
export interface Trend {
  /** The series: a measure of the comparisons (vocabulary.ts `trendMeasures`); its words are the catalogue's (`trend`). */
  measure: TrendMeasure;
  rows: TrendRow[];
}

/** Where a "latest" figure comes from: its inspection and that inspection's year. */
export interface FactSource {
  from: InspectionRef;
  /** The year of the inspection the figure comes from. */
  year: string | null;
  /** Whether it is the force's newest inspection. */
  fromLatest: boolean;
}

/** An overall recording rate, with its interval where published. */
export interface RateFact {
  value: number;
  text: string;
  interval: { halfWidth: number; low: number; high: number; text: string; lowText: string; highText: string; rangeText: string } | null;
  /** Why there is no interval: not published by the source, or not found by us; null where it is there. */
  intervalAbsence: Absence | null;
  unrecordedText: string | null;
}

/**
 * One force in the national overview, by the one rule of compute/latestFacts.ts: its newest inspection, its
 * latest overall grade (with the scale it was given on, and that same inspection's rate, if it published one), and
 * its latest overall rate; each with the inspection and year it comes from.
 */
export interface NationalForce {
  force: ForceRef;
  url: string;
  latest: (InspectionRef & { publishedText: string | null; year: string | null }) | null;
  /** `rateAbsence` says why that inspection's rate is missing (null where it is there). */
  grade: (FactSource & { grade: Grade; scale: GradeScale; rate: RateFact | null; rateAbsence: Absence | 'pending' | null }) | null;
  rate: (FactSource & RateFact) | null;
  /** The latest estimate of crimes a year not recorded ("over 69,100"), from whichever inspection printed it last. */
  unrecorded: (FactSource & { text: string }) | null;
}

/**
 * The national entity's latest overall figure, for reference beside the forces (never among them): a rate where
 * the data has one, else what it has (a press rounding, an "over N" estimate), always with its year.
 */
export interface NationalReference {
  name: string;
  url: string;
  inspection: InspectionRef & { year: string | null };
  /** "England and Wales, 2014": what every mention of the figure is labelled with. */
  label: string;
  /** `intervalAbsence`: why the national rate has no interval (these rules draw none). */
  rate: { value: number; text: string; intervalAbsence: Absence | null } | null;
  approx: string | null;
  unrecordedText: string | null;
}

export interface National {
  /** Every force, by name. */
  forces: NationalForce[];
  /** The median of the forces' latest overall rates: a marker of the middle, not a national recording rate. */
  median: { value: number; text: string; count: number } | null;
  /**
   * How many forces have each grade as their latest overall grade, one count per grade scale (never mixed: the four-grade
   * CDI scale and the five-grade PEEL scale do not mean the same by the same word), best grade first.
   */
  grades: { scale: GradeScale; label: string; counts: { grade: Grade; label: string; count: number }[] }[];
  /** How many forces have no overall grade in the data. */
  ungraded: number;
  /** The latest publication date in the data: what feeds and the overview are dated by, never the build. */
  updated: { date: string; text: string } | null;
  /** How many forces have at least one inspection in the data. */
  inspectedCount: number;
  reference: NationalReference | null;
}

/** A data release: a row of data/releases.csv. */
export interface Release {
  version: string;
  date: string;
  notes: string;
}

/** An inspection in the change log, by its keys: the site path of its page (of the figure, for a figure). */
export interface InspectionEntry {
  key: string;
  forceName: string;
  title: string;
  /**
   * The site path of its page (of the figure's row, for a figure), from its keys rather than the row's page_url:
   * a release keeps the address it was made on, and the site may since have moved or gained a base path.
   */
  path: string;
}

export interface FigureEntry extends InspectionEntry {
  measure: string;
  label: string;
}

export interface FigureChange extends FigureEntry {
  changes: { column: string; from: string; to: string }[];
  /** The reasons of the inspection's narrative corrections dated since the previous release. */
  reasons: string[];
}

/** What a release (or the data since the latest release) adds, changes and removes. */
export interface Changes {
  inspectionsAdded: InspectionEntry[];
  /** New figures of inspections that the previous release already had. */
  figuresAdded: FigureEntry[];
  figuresChanged: FigureChange[];
  figuresRemoved: FigureEntry[];
}

export interface ReleaseEntry extends Release {
  previous: string | null;
  changes: Changes;
}

/** The data releases and what each changed: the change log of /data/changes/. */
export interface ReleaseLog {
  /** Latest first. */
  releases: ReleaseEntry[];
  /** What the data of this build changes since the latest release; null when it equals that release (or there is none). */
  unreleased: Changes | null;
}

/** What the citations of one report need: the latest release, and the report's measures added or changed since it. */
export interface ReportRelease {
  latest: Release | null;
  changedSince: readonly string[];
}

/** A run of words of a changed sentence: in both versions (`same`), only the release's (`removed`) or only this build's (`added`). */
export interface WordRun {
  op: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * A sentence of a narrative that changed since the release, as written in the narrative file (placeholders such as
 * {{overall.rate}} unresolved), in its part: a front-matter key ("summary") or a body section ("## Question 1").
 */
export type SentenceChange = { part: string } & (
  | { kind: 'added'; text: string }
  | { kind: 'removed'; text: string }
  | { kind: 'changed'; before: string; after: string; words: WordRun[] }
  /** Worded as in the release, but it names by placeholder a figure that has changed since (`measures`). */
  | { kind: 'figure'; text: string; measures: string[] }
);

/** A figure with its values, each a column of /data/figures.csv as its cell reads, empty cells and `pending: false` left out. */
export interface FigureValues extends FigureEntry {
  values: { column: string; value: string }[];
}

/** One report in the review: what changed in it since the latest data release. */
export interface ReportReview extends InspectionEntry {
  /** `new`: not in the release; `removed`: in the release, not in this build (its `path` leads nowhere); `changed`: in both. */
  status: 'new' | 'changed' | 'removed';
  draft: boolean;
  /**
   * The figures added to, changed in or removed from an inspection the release had, an added one with its values now
   * and a removed one with its values in the release (the columns of /data/figures.csv that hold one); empty for a
   * new or removed report.
   */
  figures: { added: FigureValues[]; changed: FigureChange[]; removed: FigureValues[] };
  /**
   * The narrative's sentences that changed; null where they cannot be compared: the release kept no narrative text
   * (no earlier text recorded), or the report is new or removed (every sentence is).
   */
  sentences: SentenceChange[] | null;
  /** How many figures and narrative sentences the report has now (for a removed one, had in the release). */
  counts: { figures: number; sentences: number };
}

/** What changed since the latest data release, report by report: the review page of the preview and of a --drafts build. */
export interface Review {
  /** The release compared with; null where none has been made (every report is then new). */
  release: Release | null;
  /** Whether that release kept its narratives' text (releases made before narratives.json did not). */
  narrativesRecorded: boolean;
  /** The reports with a change, by key. */
  reports: ReportReview[];
  /** The reports with no change found: figures the same and, where the release kept it, every sentence the same. */
  unchanged: InspectionEntry[];
}

/** One inspection held in a cell of the coverage matrix: its grade and all-crime rate, each as held (null where not). */
export interface CoverageInspection extends InspectionRef {
  year: string | null;
  /** Whether the inspection gave grades at all: the 2014 inspection did not. */
  graded: boolean;
  grade: Grade | null;
  /** The all-crime rate (a 2014 dip sample's rate where there is none), its ± interval in percentage points, and its counts. */
  rate: { text: string; intervalText: string | null; countText: string | null } | null;
  /** A press rounding of the rate ("around 90 percent"), where the data has no rate. */
  approx: string | null;
}

/**
 * One force (or the national picture) in one cycle. `held`: the data has its inspection; `searched`: it has none,
 * and the research log holds the queries that looked for it; `not-applicable`: no such inspection exists to look
 * for (no re-inspection known for the force, no national CDI inspection); `not-searched`: none of these.
 */
export interface CoverageCell {
  cycle: Cycle;
  state: 'held' | 'searched' | 'not-applicable' | 'not-searched';
  inspections: CoverageInspection[];
  /** Distinct queries the research log holds for the cell, and how many of them found what the data holds. */
  queries: number;
  found: number;
  /** The id of the cell's queries on the coverage page: `<force>-<cycle>`. */
  anchor: string;
}

export interface CoverageQuery {
  query: string;
  corpus: string;
  outcome: 'found' | 'nothing';
  found: string | null;
  address: string | null;
  /** Line of the row in data/research-log.csv. */
  line: number;
}

/** What the record holds for every force in every cycle, and every query made for it (data/research-log.csv). */
export interface Coverage {
  cycles: { id: Cycle; label: string }[];
  rows: { force: ForceRef; cells: CoverageCell[] }[];
  /** Each cell's queries, by its anchor, in the log's order. */
  queries: Record<string, CoverageQuery[]>;
  /** Per cycle, how many rows are in each state. */
  counts: { cycle: Cycle; held: number; searched: number; notApplicable: number; notSearched: number }[];
}

/** The places of a force's police area that one text names (data/places.csv), in the file's order. */
export interface PlaceGroup {
  source: string;
  sourceKind: PlaceSourceKind;
  /** Which text, and which version of it: "Police Act 1996, Schedule 1 (police areas), as enacted". */
  note: string;
  places: { name: string; kind: PlaceKind; printed: string }[];
}

export interface Site {
  forces: (ForceRef & {
    /** The towns, counties and councils that retrieved texts place in its police area: empty where none was found. */
    places: PlaceGroup[];
    reports: InspectionRef[];
    trends: Trend[];
    /** The release its chart across inspections is cited from: null where a figure it plots is not yet in one. */
    release: Release | null;
  })[];
  reports: Report[];
  national: National;
  releases: ReleaseLog;
  /** The columns data/findings.csv has, as written (an optional one may be left out): the data package describes the file the site republishes. */
  /** The columns of data/inspections.csv and data/findings.csv as written: an optional column may be left out. */
  inspectionsColumns: string[];
  findingsColumns: string[];
  coverage: Coverage;
  /** What changed since the latest data release: only where drafts are shown (the preview, a --drafts build), else null. */
  review: Review | null;
}
