/**
 * The English message catalogue, and the source of the catalogue's type: every other language must give every
 * key below with a value of the same kind (`Messages`), or it does not compile. Generated sentences are whole
 * sentences with slots; each language writes its own (the Welsh ones are not word-for-word substitutions).
 * Terms follow docs/welsh-terms.md.
 */
import { cycles, findMeasure, glossary, gradeScaleLabels, kinds, measures, provenanceWords, questions, type Absence, type Cycle, type Grade, type GradeScale, type Kind, type TrendMeasure, type UnrecordedQualifier } from '../engine/vocabulary.ts';
import { englishPlural, formatDate, formatNumber } from './format.ts';

/** "1 crime", "2 crimes", "4,400 crimes". */
const count = (n: number, one: string, other: string) => `${formatNumber('en', n)} ${englishPlural(n) === 'one' ? one : other}`;

/** "a", "a and b", "a, b and c". */
export function englishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Which way a rate moved between two inspections, once rounded as printed. */
export type Direction = 'up' | 'down' | 'none';

/** Each series of a force's change over time, as the object of a sentence. */
const trendPhrase: Record<TrendMeasure, string> = {
  overall: 'the recording rate for all crime',
  violence: 'the recording rate for violence against the person',
  'sexual-offences': 'the recording rate for sexual offences',
  'dip-sample': 'the share of crimes recorded in a dip sample',
};

const capitalised = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/** What a page says is missing: the absence words agree with it in a language with gender. */
export type AbsentNoun = 'rate' | 'interval' | 'grade' | 'figure' | 'count' | 'estimate' | 'date' | 'period' | 'change' | 'audited' | 'auditableRoute' | 'population';

const englishAbsence = {
  'not-published': 'not published by the source',
  'not-found': 'not found yet',
  'not-applicable': 'not applicable',
  pending: 'not yet published',
  date: 'publication date not known',
  /** A value the page lists as missing, without saying why (a table cell). */
  notPublished: 'not published',
} satisfies Record<Absence | 'pending' | 'date' | 'notPublished', string>;

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
  /** The language's name in itself, its code, and its Open Graph locale (link previews). */
  language: { name: 'English', code: 'en', ogLocale: 'en_GB' },
  /** "a, b and c". */
  list: englishList,
  grade: {
    outstanding: 'outstanding',
    good: 'good',
    adequate: 'adequate',
    'requires improvement': 'requires improvement',
    inadequate: 'inadequate',
  } satisfies Record<Grade, string>,
  question: { ...questions } as Record<keyof typeof questions, string>,
  /** How a value was obtained (the vocabulary's words): as published, computed from counts, counted from the audit sheet, a range from the interval. */
  provenance: { ...provenanceWords } as Record<keyof typeof provenanceWords, string>,
  /**
   * The three kinds of empty, a figure not yet out, and a date no text gives (never "not published"), said of a
   * noun (`of`): the words agree with it where a language asks for that (Welsh *heb ei chanfod* of *cyfradd*, f).
   */
  absence: (_of: AbsentNoun) => englishAbsence,
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
  /** Each kind of inspection in words, and a title for one of that kind in a year (the Welsh edition's titles). */
  kind: Object.fromEntries(Object.entries(kinds).map(([id, rules]) => [id, rules.label])) as Record<Kind, string>,
  kindTitle: Object.fromEntries(Object.entries(kinds).map(([id, rules]) => [id, (year: number) => rules.title(year)])) as Record<Kind, (year: number) => string>,
  /** Every measure's label, by its id (the vocabulary's own words). */
  measure: Object.fromEntries(measures.map((measure) => [measure.id, measure.label])) as Record<string, string>,
  layout: {
    siteName: 'Crime data integrity reports',
    skipLink: 'Skip to main content',
    siteNav: 'Site',
    nav: {
      inspections: 'Inspections',
      forces: 'Forces',
      overview: 'Overview',
      coverage: 'Coverage',
      methodology: 'Methodology',
      glossary: 'Glossary',
      data: 'Data',
      search: 'Search',
      review: 'Review changes',
    },
    breadcrumb: 'Breadcrumb',
    home: 'Home',
    /** Names the language switch for screen readers. */
    languages: 'Languages',
  },
  voice: {
    independent: {
      draftLabel: 'Draft.',
      draftBanner: 'This report is not published: a build leaves it out until the draft: true line is taken out of its narrative (or the site is built with --drafts).',
      /** The overall estimate of crimes not recorded a year, by who made it: the source, or this site from counts or the audit sheet. */
      unrecordedEstimate: {
        published: ({ text, range }: { text: string; range: string }) => `The inspectorate estimated that the force did not record ${text} crimes a year${range}.`,
        computed: ({ text, range }: { text: string; range: string }) => `From the published rate and police recorded crime, this site estimates that the force did not record ${text} crimes a year${range}.`,
        audit: ({ text, range }: { text: string; range: string }) => `From the audit sheet, this site estimates that the force did not record ${text} crimes a year${range}.`,
      },
      rangesNotPrinted: 'the inspectorate did not print the ranges',
      footer:
        'An independent, open-source presentation of the crime data integrity inspection findings of HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS). It is not published by HMICFRS or by any police force: each report links to the original publication, which is the authoritative text.',
    },
    inspectorate: {
      draftLabel: 'Draft.',
      draftBanner: 'This report is not published: a build leaves it out until the draft: true line is taken out of its narrative (or the site is built with --drafts).',
      unrecordedEstimate: {
        published: ({ text, range }: { text: string; range: string }) => `We estimated that the force did not record ${text} crimes a year${range}.`,
        computed: ({ text, range }: { text: string; range: string }) => `From the rate and police recorded crime, we estimate that the force did not record ${text} crimes a year${range}.`,
        audit: ({ text, range }: { text: string; range: string }) => `From our audit, we estimate that the force did not record ${text} crimes a year${range}.`,
      },
      rangesNotPrinted: 'our published report did not print the ranges',
      footer:
        'Crime data integrity inspection reports of HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS), with every figure and its source. We publish these reports; each report also links to its original publication.',
    },
  },
  /** A report page's own words (src/components/Report*.astro and the components it is made of). */
  report: {
    onThisPage: 'On this page',
    keyFigures: 'Key figures',
    findings: 'Findings',
    question: ({ n }: { n: number }) => `Question ${n}`,
    notes: 'Notes',
    source: 'Source',
    citeReport: 'Cite this report',
    fullReport: 'Read the full report',
    fullReportHint: 'the authoritative text',
    reportedBy: ({ publisher }: { publisher: string }) => `as reported by ${publisher}; the inspectorate’s own report may not be online`,
    pdf: 'This page as a PDF',
    pdfHint: 'our summary page, printed; not the inspectorate’s report',
    /** The footer of each page of the PDF; `page` and `total` are the printer's own fields (HTML). */
    pdfFooter: ({ page, total }: { page: string; total: string }) => `Page ${page} of ${total}`,
    uncovered: ({ numbers }: { numbers: readonly number[] }) => {
      const list = numbers.length === 1 ? `question ${numbers[0]}` : `questions ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
      return `The source this page was written from (often only the published summary) does not cover ${list}; the full report may.`;
    },
    uncoveredSection: ({ question }: { question: boolean }) => `The published summary of this inspection does not cover this ${question ? 'question' : 'section'}.`,
    published: 'Published',
    publishedOn: ({ date }: { date: string }) => `Published ${date}`,
    dateNotKnown: 'Publication date not known',
    auditPeriod: 'Audit period',
    auditPeriodDates: ({ start, end }: { start: string; end: string }) => `${start} to ${end}`,
    auditPeriodFrom: ({ start }: { start: string }) => `from ${start}; end date not known`,
    auditPeriodUntil: ({ end }: { end: string }) => `until ${end}; start date not known`,
    kind: 'Type of inspection',
    overallGrade: 'Overall grade:',
    overallRate: 'Overall recording rate:',
    regraded: ({ grade, from }: { grade: string; from: string }) => `Graded ${grade} in a later addendum; first published as ${from}.`,
    earlier: 'Earlier inspection:',
    graded: 'graded',
    grade: 'Grade:',
    figuresFor: ({ n }: { n: number }) => `Figures for question ${n}`,
    figuresCaption: ({ n }: { n: number }) => `Question ${n}: every figure, with its count, rate and 95% interval`,
    summary: 'Summary',
    strengths: 'Strengths',
    areasForImprovement: 'Areas for improvement',
    causesOfConcern: 'Causes of concern',
    recommendations: 'Recommendations:',
    /** Before a recommendation's deadline, as the narrative words it. */
    due: 'Due',
    notListed: ({ what }: { what: 'areas' | 'causes' }) =>
      `The summary this page is based on does not list the ${what === 'areas' ? 'areas for improvement' : 'causes of concern'}; the inspection's full report gives them.`,
    noAreas: 'No areas for improvement are given here.',
    noCauses: 'No causes of concern are given here.',
    noNarrative: 'The narrative of this report is not yet published here. Its figures are shown on this page, and the original publication is linked under',
    noNotes: 'There are no notes on this report.',
    corrections: 'Corrections',
    figureNotes: 'Notes on figures',
    /** On a page in another language, where the report's charts are shown only on its English page. */
    chartsInEnglish: 'This report’s charts, with their downloads, are shown on its English page.',
  },
  /** How an estimate of crimes not recorded was printed (the vocabulary's qualifiers, as words). */
  qualifier: { over: 'over', approximately: 'approximately', around: 'around', about: 'about', some: 'some' } satisfies Record<UnrecordedQualifier, string>,
  /** A report's headline figures and its tables of figures. */
  figure: {
    key: {
      overall: { heading: 'Overall recording rate', label: `of ${findMeasure('overall')?.phrase}`, unrecorded: 'reports of crime a year not recorded' },
      violence: { heading: 'Violence against the person', label: `of ${findMeasure('violence')?.phrase}`, unrecorded: 'reports of violent crime a year not recorded' },
      'sexual-offences': { heading: 'Sexual offences (including rape)', label: `of ${findMeasure('sexual-offences')?.phrase}`, unrecorded: 'reports of sexual offences a year not recorded' },
      'dip-sample': { heading: '2014 dip sample: recorded of crimes audited', label: `of ${findMeasure('dip-sample')?.phrase}` },
    },
    recordingRate: 'Recording rate',
    pressRounding: 'a press rounding; no exact figure is published',
    pressRoundingShort: 'press rounding',
    givenInPress: ({ approx }: { approx: string }) => `Given in the press as “${approx}” (a press rounding).`,
    interval: ({ text, range }: { text: string; range: string }) => `95% confidence interval ${text} percentage points (${range}),`,
    range: ({ low, high }: { low: string; high: string }) => `${low} to ${high}`,
    count: ({ numerator, denominator }: { numerator: string; denominator: string }) => `${numerator} of ${denominator}`,
    additional: 'crimes additionally recorded a year since the earlier inspection',
    /** What a range of crimes not recorded was computed from (the model's `range.basis`). */
    basis: { estimate: 'the published estimate and the 95% interval of the rate', 'recorded-crime': 'police recorded crime and the 95% interval of the rate' },
    unrecordedRange: ({ range, basis }: { range: string; basis: string }) => `Range ${range} a year, computed here from ${basis}; the report does not print it.`,
    unrecordedMissing: 'Crimes a year not recorded:',
    rate: 'Rate',
    audited: 'Crime reports audited',
    auditableRoute: 'Recorded crime that came through an auditable route',
    population: 'Population of the force area',
    column: { figure: 'Figure', count: 'Count', rate: 'Rate', interval: '95% interval', status: 'Status', source: 'Source' },
    sourceOf: ({ label }: { label: string }) => ` of ${label}`,
  },
  /** The notice of a corrected report. */
  correction: {
    correctedOn: ({ date }: { date: string }) => `Corrected on ${date}.`,
    what: 'What was corrected',
    heading: 'Corrections',
    reason: 'Reason:',
  },
  /** The Source section of a report page; the sentences hold their own emphasis. */
  source: {
    original: 'The original publication:',
    publishedHtml: 'Figures <strong>as published</strong> are copied from the publication.',
    computedHtml: 'Rates <strong>computed from counts</strong> are worked out here from the counts the publication gives.',
    auditHtml: 'Figures <strong>counted from the audit sheet</strong> are counted here from the inspection\'s record-level audit sheet.',
    asPublished: 'As published',
    computed: 'Computed from counts',
    audit: 'Counted from the audit sheet',
    none: 'none',
    others: 'Some figures come from other sources:',
  },
  /** A chart's words around its figures: its source line and downloads, and the recording-rates chart's own. */
  chart: {
    source: ({ name, provenance }: { name: string; provenance: readonly string[] }) => `Source: ${name}${provenance.length > 0 ? ` (${provenance.join(' and ')})` : ''}`,
    download: 'Download this chart',
    plotted: 'the plotted values',
    withIts: 'with its',
    sidecar: 'source, sample sizes, citation',
    /** After the downloads on a page in another language: the files are the English page's. */
    inEnglish: 'files in English',
    unrecorded: {
      heading: 'Crimes not recorded a year (estimate)',
      axis: 'Crimes a year not recorded',
      caption: 'Estimated crimes a year not recorded',
      captionRange: 'Estimated crimes a year not recorded, with the range implied by the 95% interval of the rate',
      column: { group: 'Crime group', count: 'Crimes a year not recorded', range: 'Range' },
      noRange: 'range not available',
      range: ({ range }: { range: string }) => ` (range ${range})`,
      group: ({ label, text, first, range }: { label: string; text: string; first: boolean; range: string }) => `${label}: ${text}${first ? ' crimes a year not recorded' : ''}${range}.`,
      basis: ({ bases, printed }: { bases: string; printed: string }) => ` Each range is computed from ${bases}; ${printed}.`,
      missing: ({ label, missing }: { label: string; missing: string }) => `${label}: ${missing}`,
      additional: {
        heading: 'Crimes additionally recorded a year (estimate)',
        axis: 'Crimes a year additionally recorded',
        caption: 'Estimated crimes a year additionally recorded',
        column: 'Crimes a year additionally recorded',
        sentence: ({ text, label }: { text: string; label: string }) => `The force was estimated to record ${text} more crimes a year (${label}) than before.`,
      },
    },
    /** The national picture over time (the home page and the overview). */
    nationalSeries: {
      heading: 'Crime recording over time: England and Wales as diamonds, each force’s exact rates as grey dots',
      source: 'HMICFRS crime data integrity and PEEL inspections, every published or computed overall recording rate',
      englandAndWales: 'England and Wales',
      axisYear: 'Year of the inspection',
      axisRate: 'Recorded (%)',
      /** A national inspection's figure without an exact rate, as printed: the rounding quoted, and the estimate of crimes not recorded. */
      quoted: ({ approx }: { approx: string }) => `${approx} as quoted (a rounding)`,
      unrecorded: ({ text }: { text: string }) => `${text} crimes a year not recorded`,
      forces: ({ count, from, to }: { count: number; from: string | null; to: string | null }) =>
        `${formatNumber('en', count)} exact overall recording rates of forces, from ${from === null ? 'no year' : `${from} to ${to}`}, drawn as grey dots by the time of their inspection.`,
      nationals: ({ rates }: { rates: readonly { rate: string; year: string }[] }) => `England and Wales: ${rates.map((r) => `${r.rate} (${r.year})`).join(', ')}.`,
      noNationals: 'No exact national recording rate is in this data.',
      note: ({ year, text }: { year: string; text: string }) => `The ${year} national inspection: ${text}.`,
      peelMissing: ({ from }: { from: number }) => `No national figure from the PEEL inspections (from ${from}) is in this data.`,
      /** The chart's own labels: a national figure without an exact rate, at its year; the PEEL years without a national figure. */
      noteLabel: ({ year, approx }: { year: string; approx: string | null }) => `${year}: ${approx ?? 'no exact rate'} as quoted`,
      noNationalFigure: 'No national figure',
      caption: 'Every exact overall recording rate in this data, by the time of its inspection',
      columns: ['Force', 'Year', 'Overall recording rate', 'Inspection'],
      notPublishedNote: ({ year, text }: { year: string; text: string }) => `England and Wales, ${year}: no exact national rate published (${text})`,
      notPublishedPeel: ({ from }: { from: number }) => `England and Wales, PEEL inspections from ${from}: no national figure in this data`,
    },
    /** The tile map of the forces (the home page and the overview). */
    tileMap: {
      heading: 'Latest grade of each force, with that inspection’s recording rate and year, on a map',
      source: 'HMICFRS crime data integrity and PEEL inspections, each force’s latest published overall grade',
      noRate: 'no rate',
      noGrade: 'No grade published',
      /** The word written in a square for its grade, and a shorter one for narrow squares; the legend names each. */
      gradeWords: {
        outstanding: { short: 'Outst', narrow: 'Out' },
        good: { short: 'Good', narrow: 'G' },
        adequate: { short: 'Adeq', narrow: 'Adq' },
        'requires improvement': { short: 'RI', narrow: 'RI' },
        inadequate: { short: 'Inad', narrow: 'Ina' },
        none: { short: 'None', narrow: '–' },
      } satisfies Record<Grade | 'none', { short: string; narrow: string }>,
      legendHeadings: { 'four-grade': 'CDI grades (thin outline)', 'five-grade': 'PEEL grades (thick outline)' },
      summaryMap: ({ count }: { count: number }) =>
        `A map of the ${formatNumber('en', count)} forces of England and Wales, one square each, placed roughly where each force is, coloured and labelled by its latest overall grade, with that inspection's recording rate and year.`,
      summaryGrades: ({ entries }: { entries: readonly { name: string; scaleName: string | null; count: number }[] }) =>
        `Latest overall grade: ${entries.map((g) => `${g.name.toLowerCase()}${g.scaleName ? ` (${g.scaleName})` : ''}, ${count(g.count, 'force', 'forces')}`).join('; ')}.`,
      summaryNoRate: ({ without, count: all }: { without: number; count: number }) =>
        `${formatNumber('en', without)} of the ${formatNumber('en', all)} forces ${englishPlural(without) === 'one' ? 'has' : 'have'} no recording rate from the inspection shown.`,
      /** A square's link, read out: the force, its grade with scale and year, and the rate of the same inspection or why it has none (the catalogue's `absence`). */
      tileLabel: ({ force, grade, scale, year, rate }: { force: string; grade: string | null; scale: string | null; year: string; rate: string }) =>
        `${force}: ${grade !== null && scale !== null ? `${grade.toLowerCase()} (${scale}, ${year})` : 'no grade published'}, recording rate ${rate}${scale !== null ? '' : ` (${year})`}`,
      /** The table legend's heading over the grades (a legend too wide for a column per scale). */
      legendGrade: 'Grade',
      noteNoRate: ({ text }: { text: string }) => `“${text}”: no rate for that inspection`,
      notePercent: 'Rates are % recorded correctly',
      noteYear: ({ yy }: { yy: string }) => `${yy}: year of the inspection shown`,
      noteYearLine: 'Year: of the inspection shown',
      /** Each scale's years, where the squares do not write them: "CDI 2014–2017, PEEL 2021–2025". */
      noteYears: ({ years }: { years: string }) => `Years: ${years}`,
      caption: 'Each force on the map: its code, latest overall grade and its scale, that inspection’s recording rate and year',
      columns: ['Force', 'Code on the map', 'Latest overall grade', 'Recording rate, same inspection', 'Year'],
      notPlaced: ({ force }: { force: string }) => `${force}: not placed on the map`,
    },
    /** Every force's latest overall rate (the overview). */
    nationalRates: {
      heading: 'Latest overall recording rate of each force',
      source: 'HMICFRS crime data integrity inspections, each force’s latest published overall rate',
      axis: 'Latest overall recording rate (%)',
      summaryCount: ({ count, all }: { count: number; all: number }) => `${count} of ${all} forces have a published overall recording rate.`,
      summaryRange: ({ low, high }: { low: { rate: string; name: string; year: string }; high: { rate: string; name: string; year: string } }) =>
        `The latest rates run from ${low.rate} (${low.name}, ${low.year}) to ${high.rate} (${high.name}, ${high.year}).`,
      summaryMedian: ({ count, median }: { count: number; median: string }) =>
        `The median of these ${count} latest rates is ${median}: half of these forces are at or above it and half at or below. It is not a national recording rate.`,
      summaryNoInterval: ({ count }: { count: number }) => `${count} of the rates ${count === 1 ? 'was' : 'were'} published without a 95% interval.`,
      /** The national figure: drawn as a line (`year` null where not known), or why it is not; `unrecorded` its estimate of crimes a year not recorded. */
      referenceLine: ({ rate, label, year, unrecorded }: { rate: string; label: string; year: string | null; unrecorded: string | null }) =>
        `The solid line is the national recording rate, ${rate} (${label}): it is from ${year ?? 'a year not known'}, not from the years of the forces' rates${unrecorded === null ? '' : `; it estimated that ${unrecorded} crimes a year were not recorded`}.`,
      referenceNone: ({ label, approx, unrecorded }: { label: string; approx: string | null; unrecorded: string | null }) =>
        `No national line is drawn: the national inspection (${label}) published no exact national recording rate${approx === null ? '' : `, only the press rounding “${approx}”`}${unrecorded === null ? '' : `; it estimated that ${unrecorded} crimes a year were not recorded`}.`,
      medianLabel: ({ median }: { median: string }) => `Median ${median}`,
      medianRow: ({ count }: { count: number }) => `Median of the ${count} latest rates`,
      nationalRow: ({ name }: { name: string }) => `${name} (national inspection)`,
      caption: ({ national }: { national: boolean }) =>
        `Latest published overall recording rate of each force, highest first, with its year, its 95% confidence interval and the median of these rates${national ? ', and the national rate' : ''}`,
      columns: ['Force', 'Year', 'Latest recording rate', '95% confidence interval', 'From'],
      notApplicable: 'not applicable',
      ratesAbove: 'the rates above',
      notPublished: ({ name }: { name: string }) => `${name}: not published`,
      referenceNotPublished: ({ label, approx }: { label: string; approx: string | null }) =>
        `${label} (national inspection): no exact recording rate published${approx === null ? '' : ` (given as “${approx}”)`}`,
    },
    /** How many forces have each latest overall grade, by scale (the overview). */
    gradeSpread: {
      heading: 'Latest overall grade of each force, by grade scale',
      source: 'HMICFRS crime data integrity and PEEL inspections, each force’s latest published overall grade',
      scale: { ...gradeScaleLabels } as Record<GradeScale, string>,
      forces: ({ count }: { count: number }) => `${count} ${count === 1 ? 'force' : 'forces'}`,
      summaryIntro: ({ count }: { count: number }) => `Latest overall grade of the ${count} forces, counted separately on each grade scale.`,
      summaryScale: ({ scale, counts }: { scale: string; counts: readonly { grade: string; count: number }[] }) =>
        `${scale}: ${counts.map((c) => `${c.grade.toLowerCase()}, ${c.count} ${c.count === 1 ? 'force' : 'forces'}`).join('; ')}.`,
      summaryUngraded: ({ count }: { count: number }) => `${count} ${count === 1 ? 'force has' : 'forces have'} no overall grade in this data.`,
      caption: 'Number of forces by their latest overall grade, on each grade scale',
      columns: ['Grade scale', 'Latest overall grade', 'Forces'],
      notOnScale: ({ scale }: { scale: string }) => `${scale}: no force’s latest grade is on this scale`,
      ungraded: ({ count }: { count: number }) => `${count} ${count === 1 ? 'force' : 'forces'}: no overall grade in this data`,
    },
    recordingRates: {
      heading: 'Crimes recorded correctly, by crime group',
      axis: 'Recorded correctly (%)',
      caption: 'Share of reported crimes recorded correctly, with the 95% confidence interval',
      column: { group: 'Crime group', recorded: 'Recorded correctly', interval: '95% confidence interval' },
      noInterval: ({ missing }: { missing: string }) => `interval ${missing}`,
      firstInterval: ({ range }: { range: string }) => `95% confidence interval ${range}`,
      overall: ({ rate, interval }: { rate: string; interval: string }) => `The force recorded ${rate} of reported crimes (${interval}).`,
      group: ({ label, rate, interval }: { label: string; rate: string; interval: string }) => `${label}: ${rate} (${interval}).`,
      missing: ({ label, missing }: { label: string; missing: string }) => `${label}: ${missing}`,
      notPublishedApprox: ({ label, approx }: { label: string; approx: string }) => `${label}: not published as a figure (given as “${approx}”)`,
    },
  },
  /** A force's page. */
  forcePage: {
    national: 'National inspections',
    country: { England: 'England', Wales: 'Wales', 'England and Wales': 'England and Wales' },
    feedTitle: ({ force }: { force: string }) => `${force}: inspections and corrections`,
    follow: ({ force }: { force: string }) => `Follow ${force}’s inspections and corrections`,
    feedHint: '(Atom feed, for a feed reader)',
    inspections: 'Inspections, latest first',
    noInspections: ({ force }: { force: string }) => `No crime data integrity inspection of ${force} is published here yet.`,
    rateOverTime: 'Recording rate across inspections',
    rateOverTimeCaption: ({ force }: { force: string }) => `Overall recording rate of ${force} at each inspection, latest first`,
    column: { published: 'Published', inspection: 'Inspection', rate: 'Rate', interval: '95% interval' },
    area: {
      heading: 'Police area',
      hint: ({ force }: { force: string }) => `Councils, counties and towns in ${force}’s area, each as a published text names it; not a full list of its towns.`,
    },
    change: {
      heading: 'Change over time',
      lead: 'Each inspection’s rate is compared with the previous one that published a rate.',
      how: 'How changes are tested',
      caption: ({ label, force }: { label: string; force: string }) => `${label}: recording rate at each inspection of ${force}, oldest first`,
      column: { inspection: 'Inspection', rate: 'Rate', interval: '95% interval', change: 'Change', significant: 'Significant?' },
      firstRate: 'first published rate',
    },
  },
  /**
   * A force's recording rates over time (compute/buildComparisons.ts): each series' name, the change between two
   * inspections and whether it is significant, the sentences that sum a series up, and its chart's words.
   */
  trend: {
    label: {
      overall: 'All crime',
      violence: 'Violence against the person',
      'sexual-offences': 'Sexual offences (including rape)',
      'dip-sample': 'Dip sample: crimes recorded',
    } satisfies Record<TrendMeasure, string>,
    /** "up 13.0 points", "down 2.1 points", "no change" (`points`: the change rounded to one decimal). */
    change: ({ direction, points }: { direction: Direction; points: string }) => (direction === 'none' ? 'no change' : `${direction} ${points} points`),
    /** The table's answer to "Significant?". */
    significant: { yes: 'Yes', no: 'No', untestable: 'Cannot be tested: a rate has no 95% interval' },
    /** A series no inspection published. */
    none: ({ measure }: { measure: TrendMeasure }) => `No inspection of this force published ${trendPhrase[measure]}.`,
    /** A series one inspection published. */
    onlyOne: ({ measure, rate }: { measure: TrendMeasure; rate: string }) => `Only one inspection published ${trendPhrase[measure]} (${rate}), so there is no change to compare.`,
    /** The latest change of a series, between the two latest inspections that published it. */
    changed: ({ measure, direction, points, from, fromRate, to, toRate }: { measure: TrendMeasure; direction: Direction; points: string; from: string; fromRate: string; to: string; toRate: string }) =>
      `${capitalised(trendPhrase[measure])} ${direction === 'none' ? 'did not change' : `went ${direction} ${points} points`} between ${from} (${fromRate}) and ${to} (${toRate}).`,
    /** Whether that change is more than chance. */
    verdict: {
      untestable: 'Whether this is more than chance cannot be tested, because one of the two inspections has no 95% interval in this data.',
      significant: 'This change is statistically significant at the 95% level.',
      notSignificant: 'This change is not statistically significant at the 95% level: it could be chance variation in the audited samples.',
    },
    chart: {
      heading: 'Recording rate at each inspection',
      intro: ({ force }: { force: string }) => `Recording rates of ${force} at each inspection that published one, oldest first.`,
      /** How many of the changes drawn are significant, where more than one is drawn. */
      tally: ({ all, significant, notSignificant, untestable }: { all: number; significant: number; notSignificant: number; untestable: number }) =>
        `Of the ${all} changes drawn, ${significant} ${significant === 1 ? 'is' : 'are'} statistically significant at the 95% level, ${notSignificant} not significant and ${untestable} cannot be tested.`,
      dipSample: ({ title, rate }: { title: string; rate: string }) =>
        `The ${title} figure (${rate}, a hollow diamond) is the share of crimes recorded in a dip sample of records, not an all-crime recording rate.`,
      /** Under a dip sample's diamond. */
      dipSampleMark: 'dip sample: not an all-crime rate',
      /** Under each change, after it: bold where significant. */
      marked: { significant: 'statistically significant', notSignificant: 'not significant', untestable: 'cannot be tested' },
      /** An interval that is missing, and why (the absence words of an interval). */
      interval: ({ absence }: { absence: string }) => `interval ${absence}`,
      notApplicable: 'not applicable',
      /** What a force chart's or an overview chart's JSON sidecar holds. */
      sidecar: 'source, citation',
      /** An inspection left out of the chart: why its rate is missing (the absence words of a rate). */
      noRate: ({ title, absence }: { title: string; absence: string }) => `${title}: recording rate ${absence}`,
      source: ({ force }: { force: string }) => `HMICFRS inspections of ${force}, each inspection’s published recording rates`,
      caption: ({ force }: { force: string }) => `Recording rate of ${force} at each inspection, oldest first, with the 95% confidence interval and the change from the previous rate`,
      column: {
        group: 'Crime group',
        inspection: 'Inspection',
        recorded: 'Recorded correctly',
        interval: '95% confidence interval',
        change: 'Change from the previous rate',
        significant: 'Statistically significant?',
      },
    },
  },
  /** A chart's embed page, for another site's iframe, and the code a page offers to embed it. */
  embed: {
    back: ({ page, site }: { page: string; site: string }) => `From ${page}, on ${site}`,
    showData: 'Show the data',
    code: 'Embed this chart',
    paste: 'Paste this code into your page’s HTML. The chart fills the width of its column, and links back here.',
    see: 'See the embedded chart',
  },
  /** The words of a report's social card (card.png) beyond its title, grade and rate. */
  card: {
    interval: ({ range }: { range: string }) => `95% confidence interval: ${range}`,
    source: ({ inspectorate, published }: { inspectorate: string; published: string }) => `Source: ${inspectorate}, ${published}`,
  },
  /** The home page (src/components/HomePage.astro). */
  home: {
    title: 'How well do police forces record crime?',
    description: 'How accurately the police forces of England and Wales record the crimes reported to them: the national picture over time, every force’s latest inspection, and who got better or worse.',
    lead: ({ inspections, forces }: { inspections: number; forces: number }) =>
      `${formatNumber('en', inspections)} crime-recording inspections of the ${formatNumber('en', forces)} forces of England and Wales, every figure with its source.`,
    nationalHeading: 'The national picture',
    nationalMore: 'The chart as a table, and its data',
    mapHeading: 'Each force’s latest grade',
    mapNote: 'Each square shows one inspection’s grade and year (on a narrow screen, each scale’s years are under the map, and each force’s in the table). Rates and the full table are on the overview.',
    mapMore: 'Every force’s grade and rate, with years',
    findHeading: 'Find your force',
    findLabel: 'Force, council or town',
    findShortNames: 'A force’s short name works too (GMP, TVP, the Met).',
    findButton: 'Search',
    findPlacesSummary: 'Which places it finds, and their sources',
    /** The hint under the box: what the place list covers, so that a reader knows what a miss means. */
    findPlacesNone:
      'Search by force name or its common short name. No sourced list of towns and councils by force is in this site yet, so a place name finds a force only where the place is in the force’s name.',
    findPlaces: ({ places, forces }: { places: number; forces: number }) =>
      `Also finds a force by a place in its area: ${formatNumber('en', places)} counties, districts, boroughs, cities and towns in ${formatNumber('en', forces)} forces’ areas, each spelled as a published text names it. Many towns and some councils are not in the list yet.`,
    findPlacesSources: 'Sources:',
    findPlacesOthers: 'and pages of Parliament, the inspectorate and the forces;',
    findPlacesList: 'the list, with each place’s source (CSV)',
    findNone: 'No force matches. Try the search page.',
    /** What the find box's script says of the matches as the reader types; `{n}` is the number. */
    findMatches: { one: '{n} force matches', other: '{n} forces match' },
    allForces: ({ count }: { count: number }) => `All ${formatNumber('en', count)} forces`,
    recentHeading: 'Most recent inspections',
    onwardHeading: 'More',
    onward: {
      overview: { text: 'How the forces compare', hint: 'latest grades and rates side by side' },
      betterOrWorse: { text: 'Who got better or worse', hint: 'every change between inspections, tested' },
      coverage: { text: 'What the data holds', hint: 'each force and inspection cycle: found, not published, not yet found' },
      data: { text: 'Data downloads', hint: 'CSV and JSON' },
      methodology: { text: 'Methodology', hint: 'how the figures are worked out' },
    },
  },
  /** The "who got better or worse" page (src/components/ChangesPage.astro). */
  changes: {
    title: 'Who got better or worse',
    description: 'Every police force’s change in crime-recording rate between consecutive inspections, and whether it is more than chance.',
    counts: ({ all, byCounts, byIntervals, untested, significant, up, down, forcesWithoutChange }: { all: number; byCounts: number; byIntervals: number; untested: number; significant: number; up: number; down: number; forcesWithoutChange: number }): string[] => [
      `${count(all, 'change', 'changes')} between consecutive inspections of the same force that published the same rate.`,
      `${formatNumber('en', byCounts + byIntervals)} can be tested for chance: ${formatNumber('en', byCounts)} from the audit counts (a two-proportion test) and ${formatNumber('en', byIntervals)} from the printed 95% intervals. ` +
        `${formatNumber('en', untested)} cannot be tested, because no 95% interval was published (or found) for one of the two rates.`,
      `Of those tested, ${count(significant, 'change is', 'changes are')} statistically significant at the 95% level: ${formatNumber('en', up)} up and ${formatNumber('en', down)} down. The others could be chance variation in the audited samples.`,
      `${count(forcesWithoutChange, 'force has', 'forces have')} at most one rate of each kind in this data, so no change to show.`,
    ],
    download: 'Download the table (CSV)',
    downloadHint: 'one row per change, rates as numbers, UTF-8 with a byte-order mark',
    caption: 'Each force’s change between consecutive inspections that published the same rate',
    headers: { force: 'Force', measure: 'Rate of', from: 'Earlier (year)', to: 'Later (year)', change: 'Change', significant: 'More than chance?' },
    method: 'How changes are tested',
  },
  /** The coverage of the record (src/components/CoveragePage.astro, CoverageCell.astro). */
  coverage: {
    title: 'Coverage of the record',
    description: 'For every force and inspection cycle: the grade and recording rate the site holds, or the searches that found none.',
    lead: 'For every force, and for England and Wales as a whole, what this site holds from each inspection cycle: the grade for recording crime and the all-crime recording rate, or the searches that looked for them and found nothing.',
    caption: 'What the record holds for each force in each inspection cycle',
    force: 'Force',
    /** Each inspection cycle, as the matrix heads its column (the vocabulary's own words). */
    cycle: Object.fromEntries(Object.entries(cycles).map(([id, cycle]) => [id, cycle.label])) as Record<Cycle, string>,
    /** A cell's words: each kind of empty kept apart. */
    cell: {
      gradeNotHeld: 'grade not held',
      notGraded: 'not graded',
      rateNotHeld: 'rate not held',
      interval: ({ text }: { text: string }) => `(${text} points)`,
      searched: 'Searched: not found',
      queries: ({ count: n }: { count: number }) => ` (${count(n, 'query', 'queries')})`,
      none: 'None',
      noReinspection: 'No re-inspection',
      notSearched: 'Not yet searched',
    },
    explainer:
      '"Searched: not found" means that we looked and did not find the result in the sources we could read; it does not mean that the inspectorate published nothing. Each such cell links to its queries. "Grade not held" and "rate not held" mean that the source we hold does not give it; the 2014 inspection gave no grades. Rates are shown with their 95% interval in percentage points where the source prints one.',
    countsLead: ({ rows }: { rows: number }) => `Of the ${formatNumber('en', rows)} rows (each force, and England and Wales), for each cycle:`,
    counts: ({ held, searched, notSearched, notApplicable }: { held: number; searched: number; notSearched: number; notApplicable: number }) =>
      `held for ${formatNumber('en', held)}, searched and not found for ${formatNumber('en', searched)}${notSearched > 0 ? `, not yet searched for ${formatNumber('en', notSearched)}` : ''}${notApplicable > 0 ? `, none to look for in ${formatNumber('en', notApplicable)}` : ''}.`,
    /** The sentence naming where every query is listed, around its two links. */
    logged: { before: 'Every query is listed on', searches: 'the searches page', and: 'and in' },
    sources: { before: 'The sources of every figure are on each report page, and the data itself on the', data: 'data page' },
  },
  /** The searches behind the coverage (src/components/SearchesPage.astro): each query, in the research log's own (English) words. */
  searches: {
    title: 'Searches for the record',
    description: "Every query made to find each force's inspection results, and what it found.",
    lead: "Every query made to find each force's results, cycle by cycle, with what it found and where.",
    /** The sentence around the link to the research log. */
    listed: { before: 'The same list is in', after: ', one row per query.' },
    none: 'No searches are logged.',
    /** A query that found something: the words before what it found, and before where. */
    found: 'found',
    foundDefault: 'what the data holds',
    at: ', at',
    nothing: 'nothing',
  },
  /** What search engines and link previews show of a page (its meta description and Open Graph tags). */
  meta: {
    /** A report page's description: who, what, when, the grade and the overall rate, each a phrase of its own. */
    reportDescription: ({ force, title, published, grade, rate }: { force: string; title: string; published: string; grade: string; rate: string }) =>
      `${force}, ${title} (${published}). ${grade}. ${rate}.`,
    publishedOn: ({ date }: { date: string }) => `published ${date}`,
    overallGrade: ({ grade }: { grade: string }) => `Overall grade: ${grade}`,
    overallRateMissing: 'Overall recording rate: not found yet',
    /** The social card (card.png, drawn in the page's language from the data): what it shows. */
    cardAlt: ({ title }: { title: string }) => `${title}: the overall grade and recording rate`,
    /** A force page's description. */
    forceDescription: ({ force, count }: { force: string; count: number }) =>
      `${force}: ${count === 0 ? 'no crime data integrity inspection is published here yet' : `${count} crime data integrity ${count === 1 ? 'inspection' : 'inspections'}, with every figure and its source`}.`,
  },
  /** The overview, "how the forces compare" (src/components/OverviewPage.astro). */
  overview: {
    title: 'How the forces compare',
    description: 'The latest crime-recording grade and rate of every police force in England and Wales.',
    lead: ({ forces, inspected, updated }: { forces: number; inspected: number; updated: string | null }) =>
      `The latest crime data integrity findings for each of the ${forces} police forces in England and Wales. ${inspected} of them have an inspection in this data${updated === null ? '' : `; the most recent publication date known is ${updated}`}.`,
    undated: ({ count }: { count: number }) => `${count} of the forces’ latest inspections have no known publication date.`,
    /** The sentence before the link to the methodology, and the link's words. */
    compare: 'Forces were inspected at different times, with different audit samples, so a difference between two forces is not always more than chance: compare the 95% intervals, and read',
    compareLink: 'how the figures are worked out',
    seriesHeading: 'Over time',
    mapHeading: 'Map of the forces',
    ratesHeading: 'Recording rates',
    noRates: 'No force has a published overall recording rate in this data.',
    /** The national inspection beside the forces: the words around its link and the link to its page. */
    reference: {
      before: 'The national inspection, ',
      between: ', is not one of the forces compared here: its own figures are on the ',
      after: ({ label }: { label: string }) => ` page, labelled “${label}”.`,
    },
    gradesHeading: 'Grades',
    allHeading: 'All forces',
    tableNote:
      'A year in brackets is the year the inspection was published or, where its publication date is not known, the year it is named by. Where a force’s latest grade or rate comes from an earlier inspection than its latest one, the table says which.',
    caption: 'Every force: its latest inspection, latest overall grade and latest overall recording rate',
    headers: {
      force: 'Force',
      inspection: 'Latest inspection (year)',
      grade: 'Latest overall grade (scale, year)',
      rate: 'Latest exact recording rate (year)',
      interval: '95% interval',
      unrecorded: 'Latest estimate of crimes a year not recorded (year)',
    },
    published: ({ year }: { year: string }) => `published ${year}`,
    undatedYear: ({ year }: { year: string }) => `${year}; publication date not known`,
    /** A force without any inspection in the data, and a rate's interval where there is no rate. */
    noInspection: 'not published',
    noRateInterval: 'not applicable: no rate',
  },
  /** A force's latest grade and rate, wherever a page shows them. */
  latest: {
    scale: { 'four-grade': 'CDI', 'five-grade': 'PEEL' },
    yearUnknown: 'year not known',
    noGrade: 'no overall grade in this data',
    noRate: 'no exact overall rate in this data',
    from: 'from',
    gradeLabel: 'Latest overall grade',
    rateLabel: 'Latest exact overall recording rate',
    alsoCalled: 'Also called',
  },
  /** Citations: the report's, a figure's and a chart's. */
  cite: {
    referenceManager: 'For a reference manager (Zotero, EndNote, Mendeley, BibTeX):',
    figure: 'Cite this figure',
    chart: 'Cite this chart',
    published: ({ date }: { date: string }) => `published ${date}`,
    via: ({ publisher }: { publisher: string }) => `, as reported by ${publisher}`,
    citedFrom: ({ url }: { url: string }) => `Cited from ${url}`,
    figureStatus: ({ status }: { status: string }) => `figure ${status}`,
    release: ({ version, date }: { version: string; date: string }) => `data release ${version} of ${date}`,
    noRelease: 'not yet in a data release',
  },
  /** The notes a report page gives on untidy data (the model's `flags`). */
  flag: {
    'no-date': () => 'The publication date is not known.',
    'end-before-start': () => 'The audit period is printed with its end before its start; it is shown as printed.',
    'long-period': ({ months }: { months: number }) => `The audit period is printed as ${months} months, longer than the usual six; it is shown as printed.`,
  },
  /** The methodology page (src/components/MethodologyPage.astro). Sentences carry their own emphasis (HTML); the page passes every slot escaped. */
  methodology: {
    title: 'How the figures are worked out',
    description: 'How recording rates, 95% intervals, estimates of unrecorded crime and comparisons are calculated on this site.',
    lead: ({ otherSourced, inspections, otherSourcedFigures, figures }: { otherSourced: number; inspections: number; otherSourcedFigures: number; figures: number }) =>
      `Every figure on this site is printed in a published source or worked out from counts that a source prints. Most sources are the inspectorate’s own reports; ${otherSourced} of the ${inspections} inspections (and ${otherSourcedFigures} of ${figures} figures) rest instead on another page that prints them, such as a newspaper, a force or its police and crime commissioner, which each report page names. This page explains the arithmetic in plain terms.`,
    leadExample: ({ force }: { force: string }) =>
      ` The examples below are calculated by the same code that builds every report page, from the ${force} 2018 figures in the data, so the explanation and the pages always agree.`,
    rate: {
      heading: 'The recording rate',
      text: 'Inspectors take a sample of crime reports and decide, one by one, whether each should have been recorded as a crime and whether it was. The recording rate is the share of those that should have been recorded that actually were: <em>p</em> = <em>x</em> ÷ <em>n</em>, where <em>x</em> is the number recorded and <em>n</em> the number that should have been.',
      example: ({ force, of, x, n, p, rate }: { force: string; of: string; x: string; n: string; p: string; rate: string }) =>
        `Example: for violence against the person, the ${force} recorded ${of} crimes that should have been recorded, so <em>p</em> = ${x} ÷ ${n} = ${p}, or ${rate}.`,
    },
    interval: {
      heading: 'The 95% interval',
      text: 'A rate from a sample is not exact: another sample would give a slightly different answer. The 95% confidence interval shows how far the true rate could reasonably be from the sample’s. For one group of crimes the inspectorate uses the usual normal approximation:',
      example: ({ p, n, rate, halfWidth, range, published }: { p: string; n: string; rate: string; halfWidth: string; range: string; published: string }) =>
        `Example: with <em>p</em> = ${p} and <em>n</em> = ${n}, this gives ${rate} ${halfWidth}, from ${range}. The report printed ${published}: the same figure.`,
      allCrime: ({ printed }: { printed: string }) =>
        `The interval for <strong>all crime</strong> is different. The sample is drawn separately from several groups of crime (violence, sexual offences and others), and each group counts in proportion to its share of all recorded crime. The overall rate and its interval are therefore a <em>stratified estimate</em>: a weighted average of the groups’ rates, with an interval that combines each group’s uncertainty by its weight. Applying the formula above to the total number audited gives a slightly different, wrong answer. Where the data has each group’s counts and weights, this site computes the stratified estimate; where it does not, it shows the interval exactly as printed${printed} and never works out a different one.`,
      printedExample: ({ rate, halfWidth, force }: { rate: string; halfWidth: string; force: string }) => ` (${rate} ${halfWidth} for the ${force})`,
    },
    unrecorded: {
      heading: 'Crimes a year not recorded',
      text: 'If the force recorded a share <em>p</em> of the crimes it should have, and it recorded PRC crimes in a year (police recorded crime, not counting fraud), then it should have recorded PRC ÷ <em>p</em>. The difference is the estimate of crimes a year that were not recorded:',
      example: ({ p, rate, base, estimate, over, published }: { p: string; rate: string; base: string; estimate: string; over: string; published: string }) =>
        `Example: the report prints police recorded crime only as “over 800,000”. With <em>p</em> = ${p} (${rate}), a recorded-crime total of ${base} gives <em>U</em> = ${estimate}. Reports print this as a lower bound, rounded <strong>down</strong> to three significant figures: ${over}, which is what the report says (${published}). Rounding down keeps “over” true.`,
      range: ({ range, unrecorded }: { range: string; unrecorded: string }) =>
        `Because the rate has a 95% interval (${range}), so does the estimate: putting the two ends of the interval into the same formula gives a range of about ${unrecorded} crimes a year. The inspectorate did not print this range; this site shows it because a single number hides how uncertain the estimate is. A higher rate means fewer unrecorded crimes, so the top of the rate’s interval gives the bottom of the range.`,
      reinspections: 'Re-inspections print a different estimate instead: how many more crimes a year the force now records than at its earlier inspection.',
    },
    comparisons: {
      heading: 'Comparing two rates',
      text: 'A change between two inspections, or a gap between two forces, may be real or may be chance in the samples. This site tests it at the 95% level in one of two ways:',
      counts: 'where both rates come with their counts, a standard <strong>two-proportion test</strong>, which pools the two samples to judge how big a gap chance alone could produce;',
      intervals: 'where only the printed rates and their ± intervals are known, a test <strong>from the intervals</strong>: each interval’s half-width divided by 1.96 gives that rate’s standard error, the two are combined, and the gap is divided by the result. A result beyond 1.96 is significant.',
      untestable: 'Where one of the two rates was printed without an interval and without counts, the change <strong>cannot be tested</strong>, and the site says so rather than guess.',
      example: ({ force, rate, halfWidth, other, otherRate, otherInterval, gap, z, significant }: { force: string; rate: string; halfWidth: string; other: string; otherRate: string; otherInterval: string; gap: string; z: string; significant: boolean }) =>
        `The ${force} (${rate} ${halfWidth}) and ${other} (${otherRate} ${otherInterval}) are ${gap} points apart. That gap divided by the combined standard error is ${z}, so the difference ${significant ? 'is' : 'is not'} statistically significant.`,
      caveat:
        'Forces were inspected in different years and audited in different ways (the 2014 dip samples were too small to be reliable for a single force), so a comparison tells you whether two figures differ, not why. A 2014 dip sample (crimes recorded of the small sample audited) is shown under its own label and never as an all-crime recording rate, so it opens no trend. Where a report\'s publication date is not published, it is placed in time by its audit period, else the year in its title, else just after the inspection it revisits.',
    },
    precision: {
      heading: 'Printed precision',
      text: ({ count, period, sexual, coverage }: { count: number; period: string; sexual: string; coverage: string }) =>
        `Reports print rates to one decimal place, sometimes as whole numbers, and ${count} of the published rates here to two ${period}${sexual}; intervals usually to two decimal places. This site keeps each published figure exactly as printed, with its own number of decimals, because “91%” and “91.0%” do not claim the same precision. Figures the site works out from counts are shown to one decimal place for rates and two for intervals, and are marked as computed. A missing figure is never shown as zero: the page says whether the source did not publish it, whether it has not been found yet (the <a href="${coverage}">coverage page</a> lists where we looked), or whether it does not apply to that kind of inspection.`,
      period: ({ first, last, undated }: { first: string; last: string; undated: number }) =>
        `(in reports published from ${first} to ${last}${undated > 0 ? `, and ${undated} whose publication date is not known` : ''})`,
      sexual: ({ force, rate }: { force: string; rate: string }) => ` (the ${force}’s sexual offences rate is printed as ${rate})`,
    },
  },
  /** The glossary page: its words, and each term's definition (the vocabulary's, in English). */
  glossaryPage: {
    title: 'Glossary',
    description: 'What the abbreviations and grades in crime data integrity inspection reports mean.',
    lead: 'The terms and grades used in crime data integrity inspection reports, in plain English. Reports link each term here the first time it appears.',
    terms: 'Terms and abbreviations',
    grades: 'Grades',
    methodology: ({ href }: { href: string }) => `How the figures are calculated is explained on the <a href="${href}">methodology page</a>.`,
  },
  /** Each glossary term's definition, by the term as reports print it (an abbreviation, or a grade). */
  glossary: { ...glossary } as Record<string, string>,
  /** The corrections page. */
  correctionsPage: {
    title: 'Corrections',
    description: 'Every correction made to a published report, latest first.',
    feedTitle: 'Corrections',
    lead: ({ href }: { href: string }) => `When a published report is corrected, the report says so and the correction is listed here. Follow new corrections with the <a href="${href}">corrections feed</a>.`,
    none: 'No report has been corrected.',
    reason: 'Reason:',
  },
  /** The search page; `ui` is pagefind's own interface text, where pagefind has none for the language (English uses pagefind's). */
  searchPage: {
    title: 'Search the reports',
    description: 'Search the text of every crime data integrity inspection report.',
    lead: 'Search the text of every inspection report: a force, a term such as N100, or a finding.',
    fallback: ({ table, list }: { table: string; list: string }) =>
      `Search runs in your browser and needs JavaScript, which is not running on this page. You can still find every report: the <a href="${table}">table of all forces</a> lists each force’s latest inspection, and the <a href="${list}">list of inspections</a> links to every report.`,
    /** pagefind's interface text in the language, for a language pagefind has none for; undefined: pagefind's own (English). */
    ui: (): Record<string, string> | undefined => undefined,
  },
  /** The data page (src/components/DataPage.astro). Sentences carry their own links and markup (HTML); the page passes every address. */
  dataPage: {
    title: 'Data downloads',
    description: 'Every figure and grade on this site as CSV and JSON, with a dictionary of the columns.',
    feedTitle: 'Data releases',
    lead: 'Every figure on this site comes from the files below. An empty cell means the figure is <strong>not published</strong>; it never means 0.',
    whole: 'The whole dataset',
    figuresCsv: ({ rows }: { rows: number }) => `: every figure of every inspection, one row per inspection and measure (${rows} rows).`,
    inspectionsCsv: ({ rows }: { rows: number }) => `: every inspection, with its grades (${rows} rows).`,
    figuresJson: ': the same records as both CSV files, with numbers as numbers and <code>null</code> where a value is not published.',
    packageHeading: 'Data package, releases and changes',
    datapackage: ({ spec }: { spec: string }) =>
      ` describes the dataset and the input files as a <a href="${spec}">Frictionless Tabular Data Package</a> (v1): every column’s type, unit and meaning, the keys that join the files, the licence, the sources and the release version. Empty cells are missing values. Our tests validate it against the Tabular Data Package profile (JSON Schema, as shipped by the Frictionless JavaScript library <code>datapackage</code> 1.1.10) with the ajv validator, and read every file with that library, which checks each cell’s type and every foreign key.`,
    changes: ({ changes, feed }: { changes: string; feed: string }) =>
      `<a href="${changes}">Data releases and changes</a>: each release of the dataset, its files at <code>/data/releases/&lt;version&gt;/</code>, and the inspections it added and the figures it changed (old and new value, with the correction’s reason) or removed; also as a <a href="${feed}">feed</a>. A figure’s citation names the release it is in.`,
    chartHeading: 'Chart downloads',
    chartLead: 'Each chart on a report page has its own downloads beside it, named after the chart (e.g. <code>recording-rates.csv</code>):',
    chartCsv:
      '<strong>The CSV</strong> (<code>&lt;chart&gt;.csv</code>) is a plain CSV that Excel, Google Sheets, Datawrapper, Flourish and pandas open as it is: the header row first, then one row per plotted item with exactly the values the chart draws, as numbers. Column names carry their unit (<code>rate_pct</code> in percent, <code>ci_low_pct</code> and <code>ci_high_pct</code> the bounds of the 95% interval, <code>ci_half_width_pct</code> its half-width in percentage points, <code>_count</code> and <code>_crimes_per_year</code> counts). An empty cell means not published. It is <strong>UTF-8 with a byte-order mark</strong>, so that Excel shows characters such as “’” and “–” in labels correctly; other programs skip the mark.',
    chartJson:
      '<strong>The JSON beside it</strong> (<code>&lt;chart&gt;.json</code>, the CSV’s read-me) holds what the CSV does not: the chart’s title and summary, each column’s meaning, the force and inspection, publication date and audit period, the sample size of each plotted figure, how the values were obtained (status), the source and its address, the citation, the data release the figures are in, and the build that made the file.',
    chartImages: 'The chart itself as <strong>SVG</strong> and <strong>PNG</strong>, and an <strong>embed code</strong> for putting it in a web page.',
    chartOthers: ({ overview, betterOrWorse }: { overview: string; betterOrWorse: string }) =>
      `The overview’s charts have the same CSV and JSON beside <a href="${overview}">the overview</a>, and <a href="${betterOrWorse}">who got better or worse</a> has its table as a CSV.`,
    readingHeading: 'Reading the CSV files in Python and R',
    reading:
      'Every CSV here is UTF-8 and starts with a byte-order mark (for Excel). Read it with the encoding that drops the mark, or the first column’s name starts with an invisible character (<code>\\ufeffforce</code> instead of <code>force</code>). An empty cell is a missing value, never zero.',
    /** The R lines' comment in the code example. */
    codeR: '# R (readr skips the mark; base R needs the encoding)',
    inputHeading: 'The input files',
    inputLead: 'The files the site is built from, as the build read them. Their format is described in <code>docs/data-format.md</code> in the project’s source.',
    inputFindings: ': the figures as published or counted, one row per inspection and measure.',
    inputInspections: ': the inspections, with grades and sources.',
    inputForces: ': the 43 territorial forces of England and Wales.',
    inputPlaces: ': towns, counties and councils by police force, as the Police Act 1996 and inspectorate, force and parliamentary pages name them, each with its source; the home page’s “find your force” uses it.',
    inputResearchLog: ({ coverage }: { coverage: string }) => `: every query made to find the figures, one row per query, with what it found and where (see <a href="${coverage}">coverage of the record</a>).`,
    citingHeading: 'Citing a figure',
    citing:
      'Each key figure and chart has a “Cite this figure” text that gives the figure, the force, the inspection, the inspectorate’s publication and its date, the source and the address of the figure here. Figures as published are the inspectorate’s; figures marked “computed from counts” were computed here from the published counts. The inspectorate’s publication is the authoritative text.',
    columnsOf: ({ file }: { file: string }) => `Columns of ${file}`,
    columnsCaption: ({ file }: { file: string }) => `Columns of ${file}, in order`,
    column: 'Column',
    meaning: 'Meaning',
    build: ({ version, date }: { version: string; date: string }) => `This build: cdi-reports ${version}, data published up to ${date}.`,
    unknownDate: 'an unknown date',
  },
  /** The changes a data release made (src/components/ReleaseChanges.astro). */
  releaseChanges: {
    nothing: 'No inspection or figure was added, changed or removed.',
    inspectionsAdded: ({ count }: { count: number }) => `Inspections added (${count})`,
    figuresChanged: ({ count }: { count: number }) => `Figures changed (${count})`,
    figuresAdded: ({ count }: { count: number }) => `Figures added (${count})`,
    figuresRemoved: ({ count }: { count: number }) => `Figures removed (${count})`,
    reason: 'Reason:',
  },
  /** The page of data releases and changes (src/components/ChangesPage.astro); sentences with links are HTML, their addresses passed in. */
  changesPage: {
    title: 'Data releases and changes',
    description: 'Each release of the dataset, and what it added, changed and removed since the one before.',
    feedTitle: 'Data releases',
    lead: ({ feed }: { feed: string }) =>
      `The dataset is published in numbered releases. Each release keeps its files at its own address, so that a figure cited from a release can always be checked there. Below, each release is compared with the one before it. Follow new releases with the <a href="${feed}">releases feed</a>.`,
    none: 'No data release has been made yet.',
    unreleased: 'Not yet in a release',
    unreleasedLead: ({ version }: { version: string }) => `The data on this site has changed since release ${version}. These changes will be in the next release.`,
    release: ({ version }: { version: string }) => `Release ${version}, `,
    dataset: 'Its dataset:',
    compared: ({ previous }: { previous: string }) => `compared with release ${previous}`,
    first: 'the first release: every inspection is new',
  },
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
