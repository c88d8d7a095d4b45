/*
 * The vocabulary every stage of the engine shares, and the only module at the engine root that a stage may
 * import: input files and their columns, grades, inspection kinds, measures, narrative sections, rape outcomes,
 * the glossary, and problems. Stages never import from later stages (see .dependency-cruiser.cjs).
 */

// ── Input files ───────────────────────────────────────────────────────────────────────────────────────────

export const inputFiles = {
  forces: 'data/forces.csv',
  inspections: 'data/inspections.csv',
  findings: 'data/findings.csv',
  audits: 'data/audits',
  reports: 'content/reports',
  /** Optional: every search made for the record, one row per query. */
  researchLog: 'data/research-log.csv',
  /** Optional: towns, counties and councils by police force, each as a retrieved text names it. */
  places: 'data/places.csv',
} as const;

/*
 * A data release is a row of data/releases.csv (version, date, notes) and a snapshot folder data/releases/<version>/
 * with the figures.csv and inspections.csv it published, and the text of its narratives (narratives.json, which
 * releases made before it was kept lack). Both are committed, so that every earlier release stays as it was
 * published whatever later data says. `npm run release` makes both; data/releases.csv may be absent.
 */
export const releaseFiles = {
  list: 'data/releases.csv',
  columns: ['version', 'date', 'notes'],
  snapshots: ['figures.csv', 'inspections.csv'],
  /** Optional: each narrative's text as the release published it, for the review page's sentence changes. */
  narratives: 'narratives.json',
} as const;

/** How a value was obtained, in the words every page, table, download and citation uses: as the source printed it, computed here from its counts, or a range computed here from its interval. */
export const provenanceWords = {
  published: 'as published',
  computed: 'computed from counts',
  audit: 'counted from the audit sheet',
  range: 'ranges computed from the 95% interval of the rate',
} as const;

/** A release's snapshot folder: "data/releases/1.0.0". */
export const snapshotFolder = (version: string): string => `data/releases/${version}`;

/** The CSV headers of each input table: a file must have exactly these columns, in any order. */
export const columns = {
  forces: ['id', 'name', 'short_name', 'country'],
  inspections: [
    'force', 'slug', 'kind', 'title', 'published', 'audit_start', 'audit_end', 'audit_period_text', 'grade_scale',
    'overall_grade', 'q1_grade', 'q2_grade', 'q3_grade', 'regraded_from', 'revisits', 'prc_total', 'prc_violence',
    'prc_sexual_offences', 'auditable_route_pct', 'population', 'source_url', 'notes', 'not_published',
  ],
  findings: [
    'force', 'slug', 'measure', 'numerator', 'denominator', 'rate_pct', 'ci_pm', 'unrecorded_over', 'additional_recorded',
    'approx', 'status', 'source', 'note', 'unrecorded_qualifier', 'not_published',
  ],
  /** data/audits/<force>/<slug>.csv: one row per audited crime report. */
  audit: ['reference', 'crime_group', 'should_record', 'recorded', 'within_24h', 'domestic_abuse', 'rape_outcome', 'n100_needed', 'n100_applied'],
  /** data/audits/<force>/<slug>.weights.csv: police recorded crime by crime group. */
  auditWeights: ['crime_group', 'recorded_crime'],
  researchLog: ['force', 'cycle', 'query', 'corpus', 'outcome', 'found', 'address', 'printed'],
  places: ['place', 'force', 'kind', 'printed', 'source_url', 'source_kind', 'source_note'],
} as const;

/** What a place of data/places.csv is, in the words of the text that names it ("the non-metropolitan districts of …"). */
export const placeKinds = [
  'county', 'non-metropolitan district', 'metropolitan district', 'district', 'county borough', 'London borough',
  'unitary authority', 'local authority area', 'police area', 'city', 'town', 'area',
] as const;
export type PlaceKind = (typeof placeKinds)[number];

/** Who wrote the text that names a place: an Act, Parliament, the inspectorate, the force itself (also a statement it prepared for the inspectorate's site), or a police authority. */
export const placeSourceKinds = ['legislation', 'parliament', 'inspectorate', 'force', 'police authority'] as const;
export type PlaceSourceKind = (typeof placeSourceKinds)[number];

export type Table = keyof typeof columns;

/** Columns a file may leave out, because files were written before them; a column left out reads as empty. */
export const optionalColumns: { readonly [K in Table]?: readonly (typeof columns)[K][number][] } = {
  inspections: ['not_published'],
  findings: ['unrecorded_qualifier', 'not_published'],
};

/**
 * Three kinds of empty, kept apart on every page: the source published no such figure (`not-published`, said so in
 * the row's `not_published` column); we have not found it (`not-found`: any other empty cell, which is what an
 * empty cell has always meant in practice); it does not apply to this kind of inspection (`not-applicable`, from
 * the kind: PEEL does not grade the three CDI questions). A date is never "not published": it is "not known".
 */
export const absences = ['not-published', 'not-found', 'not-applicable'] as const;
export type Absence = (typeof absences)[number];

/** The empty cells a row may say the source did not publish, in its `not_published` column. */
export const publishableColumns = {
  inspections: ['overall_grade', 'q1_grade', 'q2_grade', 'q3_grade', 'audit_start', 'audit_end', 'prc_total', 'prc_violence', 'prc_sexual_offences', 'auditable_route_pct', 'population'],
  findings: ['numerator', 'denominator', 'rate_pct', 'ci_pm', 'unrecorded_over', 'additional_recorded'],
} as const satisfies { [K in 'inspections' | 'findings']: readonly (typeof columns)[K][number][] };

/** How an estimate of crimes not recorded a year was printed: "over 28,100" (the usual wording, and the default) or an approximation. */
export const unrecordedQualifiers = ['over', 'approximately', 'around', 'about', 'some'] as const;
export type UnrecordedQualifier = (typeof unrecordedQualifiers)[number];

export const inspectionKey = (i: { force: string; slug: string }): string => `${i.force}/${i.slug}`;

// ── Grades, kinds and questions ───────────────────────────────────────────────────────────────────────────

/** Grade scales: four grades in the 2016–2020 programme; PEEL adds "adequate" from 2021. Best first. */
export const gradeScales = {
  'four-grade': ['outstanding', 'good', 'requires improvement', 'inadequate'],
  'five-grade': ['outstanding', 'good', 'adequate', 'requires improvement', 'inadequate'],
} as const;

export type GradeScale = keyof typeof gradeScales;
/** What each scale is called where counts of grades are shown, one scale at a time. */
export const gradeScaleLabels: Record<GradeScale, string> = {
  'four-grade': 'Crime data integrity inspections (four grades, 2016–2020)',
  'five-grade': 'PEEL inspections (five grades, from 2021)',
};
export type Grade = (typeof gradeScales)['five-grade'][number];

export const allGrades: readonly Grade[] = gradeScales['five-grade'];

/** What each kind of inspection is, and the rules that follow from it: `npm run new`, the engine and the pages read them here. */
export interface KindRules {
  /** The kind in words. */
  label: string;
  /** What follows the year in a new inspection's slug: "2018-cdi". */
  slug: string;
  /** A new inspection's title, until the publication's own replaces it. */
  title: (year: number) => string;
  /** The only year an inspection of the kind was made in, where there was one; null where any year may be. */
  year: number | null;
  /** The grade scale a new inspection of the kind is graded on. */
  scale: GradeScale;
  /** Whether it revisits an earlier inspection of the force, which its row names. */
  revisits: boolean;
  /** Whether it grades the three CDI questions, so that a missing grade is "not published" rather than left out. */
  gradesQuestions: boolean;
  /** Whether it is graded at all: the 2014 inspections predate grades, so a missing grade is "not graded". */
  graded: boolean;
  /**
   * How its figures read: "dip sample", a 2014 dip sample's rate of its own (a small sample of incidents, never the
   * all-crime recording rate, over a year-long period), or "audit", the audited recording strata and their measures.
   */
  figures: 'dip sample' | 'audit';
}

export const kinds = {
  'dip-sample-2014': {
    label: 'Inspection 2014: force dip sample',
    slug: 'dip-sample',
    title: (year) => `Crime data integrity inspection ${year}: force dip sample`,
    year: 2014,
    scale: 'four-grade',
    revisits: false,
    gradesQuestions: false,
    graded: false,
    figures: 'dip sample',
  },
  cdi: { label: 'First inspection', slug: 'cdi', title: (year) => `Crime data integrity inspection ${year}`, year: null, scale: 'four-grade', revisits: false, gradesQuestions: true, graded: true, figures: 'audit' },
  'cdi-reinspection': {
    label: 'Re-inspection',
    slug: 'cdi-reinspection',
    title: (year) => `Crime data integrity re-inspection ${year}`,
    year: null,
    scale: 'four-grade',
    revisits: true,
    gradesQuestions: true,
    graded: true,
    figures: 'audit',
  },
  peel: { label: 'PEEL inspection', slug: 'peel', title: (year) => `PEEL: crime data integrity ${year}`, year: null, scale: 'five-grade', revisits: false, gradesQuestions: false, graded: true, figures: 'audit' },
  national: {
    label: 'National inspection',
    slug: 'national',
    title: (year) => `National crime-recording inspection ${year}`,
    year: null,
    scale: 'four-grade',
    revisits: false,
    gradesQuestions: false,
    graded: false,
    figures: 'audit',
  },
  'victim-service': {
    label: 'Victim service inspection',
    slug: 'victim-service',
    title: (year) => `Inspection of the service to victims of crime ${year}`,
    year: null,
    scale: 'four-grade',
    revisits: false,
    gradesQuestions: false,
    graded: true,
    figures: 'audit',
  },
} as const satisfies Record<string, KindRules>;

export type Kind = keyof typeof kinds;

/** What each kind of inspection grades: an overall grade, and the three CDI questions. A grade it does not give is not applicable. */
export const kindGrades: Record<Kind, { overall: boolean; questions: boolean }> = {
  'dip-sample-2014': { overall: false, questions: false },
  cdi: { overall: true, questions: true },
  'cdi-reinspection': { overall: true, questions: true },
  peel: { overall: true, questions: false },
  national: { overall: false, questions: false },
  'victim-service': { overall: true, questions: false },
};
/**
 * The inspection cycles of the record, oldest first: the columns of the coverage matrix (every force, and the
 * national picture, against each cycle). An inspection's cycle follows from its kind and year (compute/inspectionCycle.ts).
 */
export const cycles = {
  '2014': { label: '2014 inspection', forces: 'force dip sample', national: 'national inspection' },
  cdi: { label: 'First CDI inspection, 2016–2020', forces: 'first crime data integrity inspection', national: null },
  'cdi-reinspection': { label: 'CDI re-inspection, 2018–2020', forces: 'crime data integrity re-inspection', national: null },
  'peel-2021-22': { label: 'PEEL 2021/22', forces: 'PEEL 2021/22 inspection', national: 'national figures of PEEL 2021/22' },
  'peel-2023-25': { label: 'PEEL 2023–25', forces: 'PEEL 2023–25 inspection', national: 'national figures of PEEL 2023–25' },
} as const;

export type Cycle = keyof typeof cycles;

/** Where a research-log query was sent: a corpus of the search tool, or `earlier` for sources found before the log was kept. */
export const researchCorpora = ['pages', 'docs', 'issues', 'code', 'earlier'] as const;

export const questions = {
  1: 'How effective is the force at recording reported crime?',
  2: 'How efficiently do the systems and processes in the force support accurate crime-recording?',
  3: 'How well does the force demonstrate the leadership and culture necessary to meet the national standards for crime-recording?',
} as const;

// ── Measures ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The measures an inspection can report, in the order a report presents them.
 * Findings rows name a measure by its id; anything else is a validation error.
 */

export type MeasureGroup =
  | 'recording'
  | 'rape'
  | 'n100'
  | 'vulnerable'
  | 'modern-slavery'
  | 'timeliness'
  | 'cancellations'
  | 'victims'
  | 'context';

/** How a measure is read: a share of a base (x of n), or a plain count. */
export type MeasureShape = 'proportion' | 'count';

export interface Measure {
  id: string;
  label: string;
  /** Completes "x of n ..." in a sentence, e.g. "reports of rape were recorded correctly". */
  phrase: string;
  group: MeasureGroup;
  shape: MeasureShape;
  /**
   * True for the audited recording strata: the inspectorate publishes a 95% interval
   * and an unrecorded-a-year estimate for them, so they get both.
   */
  audited: boolean;
  /** The question (1 to 3) of the report the measure belongs to. */
  question: 1 | 2 | 3;
  /** For a breakdown part: the measure whose denominator the parts share and sum to. */
  partOf?: string;
  decisionMaker?: 'FCR' | 'DDM';
}

const m = (measure: Measure): Measure => measure;

export const measures: readonly Measure[] = [
  m({ id: 'overall', label: 'All crime', phrase: 'reported crimes were recorded', group: 'recording', shape: 'proportion', audited: true, question: 1 }),
  m({ id: 'violence', label: 'Violence against the person', phrase: 'reported violent crimes were recorded', group: 'recording', shape: 'proportion', audited: true, question: 1 }),
  m({ id: 'sexual-offences', label: 'Sexual offences (including rape)', phrase: 'reported sexual offences were recorded', group: 'recording', shape: 'proportion', audited: true, question: 1 }),
  m({ id: 'domestic-abuse', label: 'Domestic abuse', phrase: 'domestic abuse crimes were recorded', group: 'recording', shape: 'proportion', audited: true, question: 1 }),
  m({ id: 'reports-audited', label: 'Crime reports audited', phrase: 'crime reports were audited', group: 'context', shape: 'count', audited: false, question: 1 }),
  m({ id: 'dip-sample', label: '2014 dip sample: recorded of crimes audited', phrase: 'crimes audited in the 2014 dip sample were recorded', group: 'recording', shape: 'proportion', audited: false, question: 1 }),
  m({ id: 'dip-sample-incidents', label: '2014 dip sample: incidents examined', phrase: 'incident records were examined', group: 'context', shape: 'count', audited: false, question: 1 }),
  m({ id: 'rape', label: 'Rape: recorded correctly', phrase: 'reports of rape were recorded correctly', group: 'rape', shape: 'proportion', audited: false, question: 1 }),
  m({ id: 'rape-misclassified', label: 'Rape: recorded as another offence', phrase: 'reports of rape were recorded as another offence', group: 'rape', shape: 'proportion', audited: false, question: 1, partOf: 'rape' }),
  m({ id: 'rape-wrongly-n100', label: 'Rape: wrongly classed as N100', phrase: 'reports of rape were wrongly classed as N100', group: 'rape', shape: 'proportion', audited: false, question: 1, partOf: 'rape' }),
  m({ id: 'rape-other-system', label: 'Rape: held only on another system', phrase: 'reports of rape were held only on another system', group: 'rape', shape: 'proportion', audited: false, question: 1, partOf: 'rape' }),
  m({ id: 'rape-not-recorded', label: 'Rape: not recorded', phrase: 'reports of rape were not recorded', group: 'rape', shape: 'proportion', audited: false, question: 1, partOf: 'rape' }),
  m({ id: 'n100-applied', label: 'N100 applied where needed', phrase: 'reports needing an N100 classification had one', group: 'n100', shape: 'proportion', audited: false, question: 1 }),
  m({ id: 'n100-sample-correct', label: 'N100 sample: correct', phrase: 'sampled N100 records were correct', group: 'n100', shape: 'proportion', audited: false, question: 1 }),
  m({ id: 'n100-sample-should-be-rape', label: 'N100 sample: should have been rape', phrase: 'sampled N100 records should have been recorded as rape', group: 'n100', shape: 'proportion', audited: false, question: 1, partOf: 'n100-sample-correct' }),
  m({ id: 'vulnerable-should-be-crimes', label: 'Vulnerable victims: records that should be crimes', phrase: 'records on other systems should have been crimes', group: 'vulnerable', shape: 'proportion', audited: false, question: 2 }),
  m({ id: 'vulnerable-victims', label: 'Vulnerable victims: crimes recorded', phrase: 'vulnerable victim crimes were recorded', group: 'vulnerable', shape: 'proportion', audited: false, question: 2 }),
  m({ id: 'modern-slavery-crimes', label: 'Modern slavery: crimes recorded', phrase: 'modern slavery crimes were recorded', group: 'modern-slavery', shape: 'proportion', audited: false, question: 2 }),
  m({ id: 'modern-slavery-referrals', label: 'Modern slavery: referrals recorded', phrase: 'crimes from modern slavery referrals were recorded', group: 'modern-slavery', shape: 'proportion', audited: false, question: 2 }),
  m({ id: 'timeliness-violence', label: 'Violence recorded within 24 hours', phrase: 'recorded violent crimes were recorded within 24 hours', group: 'timeliness', shape: 'proportion', audited: false, question: 2 }),
  m({ id: 'timeliness-sexual-offences', label: 'Sexual offences recorded within 24 hours', phrase: 'recorded sexual offences were recorded within 24 hours', group: 'timeliness', shape: 'proportion', audited: false, question: 2 }),
  m({ id: 'cancellations-rape', label: 'Rape cancellations correct (FCR)', phrase: 'rape cancellations were correct', group: 'cancellations', shape: 'proportion', audited: false, question: 2, decisionMaker: 'FCR' }),
  m({ id: 'cancellations-sexual-offences', label: 'Sexual offence cancellations correct (DDM)', phrase: 'sexual offence cancellations were correct', group: 'cancellations', shape: 'proportion', audited: false, question: 2, decisionMaker: 'DDM' }),
  m({ id: 'cancellations-violence', label: 'Violence cancellations correct (DDM)', phrase: 'violence cancellations were correct', group: 'cancellations', shape: 'proportion', audited: false, question: 2, decisionMaker: 'DDM' }),
  m({ id: 'cancellations-robbery', label: 'Robbery cancellations correct (DDM)', phrase: 'robbery cancellations were correct', group: 'cancellations', shape: 'proportion', audited: false, question: 2, decisionMaker: 'DDM' }),
  m({ id: 'victims-informed', label: 'Victims told of a cancellation', phrase: 'victims were told their crime had been cancelled', group: 'cancellations', shape: 'proportion', audited: false, question: 2 }),
  m({ id: 'survey-respondents', label: 'Officer and staff survey respondents', phrase: 'officers and staff answered the survey', group: 'victims', shape: 'count', audited: false, question: 2 }),
];

const byId = new Map(measures.map((measure) => [measure.id, measure]));

export function findMeasure(id: string): Measure | undefined {
  return byId.get(id);
}

// ── Narrative sections and audit outcomes ─────────────────────────────────────────────────────────────────

/**
 * The series a force's change over time is compared in (compute/buildComparisons.ts), in the order a page shows
 * them: all crime, violence, sexual offences, and a 2014 dip sample as a series of its own (never the all-crime rate).
 */
export const trendMeasures = ['overall', 'violence', 'sexual-offences', 'dip-sample'] as const;
export type TrendMeasure = (typeof trendMeasures)[number];

/** The `##` sections of a narrative, in order; the first three answer the report's questions. */
export const sectionHeadings = ['Question 1', 'Question 2', 'Question 3', 'Conclusion'] as const;
/** The same sections, in the same order, in a Welsh narrative (`<slug>.cy.md` beside `<slug>.md`; terms in docs/welsh-terms.md). */
export const sectionHeadingsCy = ['Cwestiwn 1', 'Cwestiwn 2', 'Cwestiwn 3', 'Casgliad'] as const;

/**
 * The Welsh words a Welsh narrative's placeholders are filled with (`{{overall.over}}` → "dros 4,400",
 * `{{overall.of}}` → "459 o 524", `{{grade.overall}}` → "angen gwella"); the message catalogue (src/i18n/cy.ts)
 * names grades with the same words. Terms and sources: docs/welsh-terms.md.
 */
export const welshFigureWords = {
  qualifier: { over: 'dros', approximately: 'tua', around: 'tua', about: 'tua', some: 'rhyw' },
  of: 'o',
  notYetPublished: 'heb ei gyhoeddi eto',
  grade: { outstanding: 'eithriadol', good: 'da', adequate: 'digonol', 'requires improvement': 'angen gwella', inadequate: 'annigonol' },
} as const satisfies { qualifier: Record<UnrecordedQualifier, string>; of: string; notYetPublished: string; grade: Record<Grade, string> };

/** What happened to an audited report of rape: recorded correctly, or how it went wrong. */
export const rapeOutcomes = ['correct', 'misclassified', 'wrongly-n100', 'other-system', 'not-recorded'] as const;
export type RapeOutcome = (typeof rapeOutcomes)[number];

// ── Glossary ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Terms a reader may not know, each with a one-sentence plain definition.
 * House style lets a narrative use these abbreviations without spelling them out.
 */
/**
 * Common short names of forces, as the press and the forces themselves use them, so that a search or the home
 * page's "find your force" box finds "GMP" or "the Met". Keyed by force id (data/forces.csv). Names of forces only,
 * never of places: no sourced lookup of places to forces is in this project yet.
 */
export const forceAliases: Readonly<Record<string, readonly string[]>> = {
  'avon-and-somerset': ['A&S Police'],
  'city-of-london': ['CoLP', 'City Police'],
  'devon-and-cornwall': ['D&C Police'],
  'dyfed-powys': ['DPP'],
  'greater-manchester': ['GMP'],
  metropolitan: ['the Met', 'Met Police', 'MPS'],
  'north-wales': ['NWP'],
  'north-yorkshire': ['NYP'],
  'south-wales': ['SWP'],
  'south-yorkshire': ['SYP'],
  'thames-valley': ['TVP'],
  'west-midlands': ['WMP'],
  'west-yorkshire': ['WYP'],
};

export const glossary: Readonly<Record<string, string>> = {
  N100: 'A Home Office classification that explains why a reported rape was not recorded as a crime straight away.',
  AVI: 'Additional verifiable information: new evidence that shows a recorded crime did not happen, so that it can be cancelled.',
  HOCR: 'The Home Office Counting Rules, which say when and how the police must record a crime.',
  NCRS: 'The National Crime Recording Standard, which asks forces to record crime with the victim in mind.',
  FCR: 'The force crime registrar, the officer who makes sure the force follows the crime-recording rules.',
  DDM: 'A designated decision maker, a trained officer who decides whether a recorded crime may be cancelled.',
  PRC: 'Police recorded crime: the crimes the police have recorded over a period, not counting fraud.',
  HMICFRS: 'His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services, which inspects police forces in England and Wales.',
  HMIC: 'Her Majesty’s Inspectorate of Constabulary, the name of the police inspectorate until 2017.',
  CDI: 'Crime data integrity: how accurately a force records the crimes reported to it.',
  PEEL: 'Police effectiveness, efficiency and legitimacy: the inspectorate’s regular assessment of every force.',
  MASH: 'A multi-agency safeguarding hub, where police, councils and health services share concerns about vulnerable people.',
  CAIT: 'A child abuse investigation team, the police unit that investigates crimes against children.',
  METCC: 'The Metropolitan Police communications command, which answers and handles calls from the public.',
  CMS: 'Crime management services, the Metropolitan Police teams that check and manage recorded crimes.',
  TDIU: 'The telephone and digital investigations unit, which investigates some crimes by phone or online.',
  MSKU: 'The modern slavery and kidnap unit of the Metropolitan Police.',
  outstanding: 'The highest grade: the force performs exceptionally well.',
  good: 'The force performs well and meets the standard expected.',
  adequate: 'Used from 2021 only: the force meets the standard but could do better.',
  'requires improvement': 'The force falls short of the standard in ways it must put right.',
  inadequate: 'The lowest grade: the force’s performance causes serious concern.',
};

export interface GlossaryEntry {
  term: string;
  /** The anchor on /glossary/, e.g. "requires-improvement". */
  id: string;
  definition: string;
  /** Abbreviations are linked from narrative text; grade words are too common in prose to link. */
  abbreviation: boolean;
}

export const glossaryId = (term: string): string => term.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The glossary in its own order, each term with its anchor. */
export const glossaryEntries: readonly GlossaryEntry[] = Object.entries(glossary).map(([term, definition]) => ({
  term,
  id: glossaryId(term),
  definition,
  abbreviation: /^[A-Z][A-Z0-9]+$/.test(term),
}));

// ── Problems ──────────────────────────────────────────────────────────────────────────────────────────────

/** A problem found in the inputs. Errors stop the build; warnings are printed and published data is kept. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the project root, as an inspector would open it. */
  file: string;
  /** In a text file, the line; in a workbook, the row of `sheet`. */
  line?: number;
  /** In a text file, the character column; in a workbook, the column of `sheet` counted from 1 (A). */
  column?: number;
  /** The worksheet of a workbook (.xlsx) the problem is in: the place is then a cell, `Audit!C14`. */
  sheet?: string;
  field?: string;
  message: string;
}

type Place = Partial<Pick<Problem, 'line' | 'column' | 'sheet' | 'field'>>;

export function error(file: string, message: string, at: Place = {}): Problem {
  return { severity: 'error', file, ...at, message };
}

export function warning(file: string, message: string, at: Place = {}): Problem {
  return { severity: 'warning', file, ...at, message };
}

/** A spreadsheet column's letters, counted from 1: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A sheet's name as a formula writes it: quoted where it holds anything but letters, digits and underscores. */
const sheetName = (sheet: string): string => (/^[A-Za-z_]\w*$/.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`);

/**
 * Compiler-style, so that editors and terminals can jump to the place: `file:line:column: error: field: message`;
 * in a workbook, the sheet and cell as a spreadsheet names them: `file.xlsx: Audit!C14: error: field: message`.
 */
export function formatProblem(problem: Problem): string {
  const place =
    problem.sheet === undefined
      ? [problem.file, problem.line, problem.line === undefined ? undefined : problem.column ?? 1].filter((part) => part !== undefined).join(':')
      : `${problem.file}: ${sheetName(problem.sheet)}${problem.line === undefined ? '' : `!${columnLetters(problem.column ?? 1)}${problem.line}`}`;
  const field = problem.field ? `${problem.field}: ` : '';
  return `${place}: ${problem.severity}: ${field}${problem.message}`;
}

/** Files in the order one refers to another: a mistake in an earlier file can only cause errors in later ones. */
const fileOrder = [inputFiles.forces, inputFiles.inspections, inputFiles.findings, inputFiles.audits, inputFiles.reports];
const rank = (file: string): number => {
  const index = fileOrder.findIndex((prefix) => file === prefix || file.startsWith(`${prefix}/`));
  return index === -1 ? fileOrder.length : index;
};

/**
 * In the order a person should fix them: inputs others refer to first, then by file and position, so that
 * output is stable whatever order the checks ran in.
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      rank(a.file) - rank(b.file) ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');
