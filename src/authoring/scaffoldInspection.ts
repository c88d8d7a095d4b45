import { inputFiles, kinds, measures, type Kind, type Measure } from '../engine/vocabulary.ts';

/*
 * What `npm run new` adds for a new inspection, from the table of inspection kinds (src/engine/vocabulary.ts): its
 * inspections row, a pending findings row for every measure its kind reports, and a narrative with every front-matter
 * key and section. scripts/new.ts is its command line: it reads the inputs, asks for this and writes the files.
 */

/** The inspectorate's list of publications: a source to replace with the report's own address once it is out. */
const publications = 'https://hmicfrs.justiceinspectorates.gov.uk/publications/';

/** A 2014 dip sample reports only its dip sample; every other inspection reports the audit, never a dip sample. */
const fits = (kind: Kind, m: Measure): boolean => (kinds[kind].figures === 'dip sample') === m.id.startsWith('dip-sample');

export interface Scaffold {
  slug: string;
  /** The new row of data/inspections.csv, by column. */
  inspection: Record<string, string>;
  /** The new rows of data/findings.csv, by column: pending, one per measure the kind reports. */
  findings: Record<string, string>[];
  /** content/reports/<force>/<slug>.md, and its text. */
  narrativeFile: string;
  narrative: string;
}

/** An earlier inspection of the force, as its row of data/inspections.csv gives it. */
export interface EarlierInspection {
  slug: string;
  kind: string;
  published: string;
}

/**
 * The rows and narrative of a new inspection of `force`, or what is wrong with the request. `earlier` are the
 * force's inspections already in the data: a re-inspection revisits the latest crime data inspection among them.
 */
export function scaffoldInspection(force: string, kind: Kind, year: number, earlier: readonly EarlierInspection[]): Scaffold | { problem: string } {
  const rules = kinds[kind];
  if (rules.year !== null && year !== rules.year) return { problem: `bad year "${year}"; the ${kind} inspection was in ${rules.year}` };
  const slug = `${year}-${rules.slug}`;
  if (earlier.some((i) => i.slug === slug)) return { problem: `${force} already has an inspection "${slug}" in ${inputFiles.inspections}` };
  const revisits = rules.revisits
    ? (earlier
        .filter((i) => i.kind.startsWith('cdi') && Number(i.slug.slice(0, 4)) <= year)
        .sort((a, b) => a.slug.slice(0, 4).localeCompare(b.slug.slice(0, 4)) || a.published.localeCompare(b.published))
        .at(-1)?.slug ?? '')
    : '';
  const fitting = measures.filter((m) => fits(kind, m));
  const ids = new Set(fitting.map((m) => m.id));
  return {
    slug,
    inspection: { force, slug, kind, title: rules.title(year), grade_scale: rules.scale, revisits, source_url: publications },
    findings: fitting.map((m) => ({ force, slug, measure: m.id, status: 'pending', source: publications })),
    narrativeFile: `${inputFiles.reports}/${force}/${slug}.md`,
    narrative: narrative(kind, (id) => ids.has(id)),
  };
}

/** Example sentences, each kept only when its measures are in the scaffold, so that every placeholder resolves. */
function narrative(kind: Kind, has: (id: string) => boolean): string {
  const para = (text: string, ...ids: string[]) => (ids.every(has) ? [text, ''] : []);
  const question1 =
    kinds[kind].figures === 'dip sample'
      ? [...para('Inspectors examined {{dip-sample-incidents.count}} incident records. Of the crimes they should have led to, the force recorded {{dip-sample.of}} ({{dip-sample.rate}}).', 'dip-sample', 'dip-sample-incidents')]
      : [
          ...para('### Overall recording rate', 'overall'),
          ...para('Inspectors audited {{reports-audited.count}} crime reports. The force recorded {{overall.rate}} of the crimes that should have been recorded ({{overall.ci}} percentage points). That leaves {{overall.over}} crimes a year unrecorded.', 'reports-audited', 'overall'),
          ...para('The force recorded {{violence.rate}} of reported violent crimes and {{sexual-offences.rate}} of reported sexual offences. It recorded {{domestic-abuse.of}} crimes related to domestic abuse.', 'violence', 'sexual-offences', 'domestic-abuse'),
          ...para('### Rape', 'rape'),
          ...para('Of the reports of rape that needed recording, {{rape.of}} were recorded correctly.', 'rape'),
          ...para('### N100', 'n100-applied'),
          ...para('The force applied the N100 classification in {{n100-applied.of}} cases that needed it.', 'n100-applied'),
        ];
  const question2 =
    kinds[kind].figures === 'dip sample'
      ? []
      : [
          ...para('### Timeliness', 'timeliness-violence'),
          ...para('Of the crimes the force recorded, {{timeliness-violence.of}} violent crimes and {{timeliness-sexual-offences.of}} sexual offences were recorded within 24 hours.', 'timeliness-violence', 'timeliness-sexual-offences'),
          ...para('### Cancelled crimes', 'cancellations-rape'),
          ...para('The force crime registrar was right in {{cancellations-rape.of}} rape cancellations.', 'cancellations-rape'),
        ];
  return [
    '---',
    'headline: >-',
    '  One paragraph that opens the report: what the force does well, what it must improve,',
    '  and its overall grade.',
    'summary:',
    '  - A short finding in plain English.',
    'strengths:',
    '  - Something the force does well.',
    'areas_for_improvement:',
    '  - The force should make sure that every reported crime is recorded without delay.',
    'causes_of_concern:',
    '  - concern: A serious failing, in one sentence.',
    '    recommendations:',
    '      - text: What the force must do about it.',
    '        due: within three months',
    'corrections: []',
    '---',
    '',
    '## Question 1',
    '',
    ...question1,
    '## Question 2',
    '',
    ...question2,
    'Describe the systems and processes that support crime recording.',
    '',
    '## Question 3',
    '',
    'Describe the leadership and culture of the force.',
    '',
    '## Conclusion',
    '',
    'Sum up the findings.',
    '',
  ].join('\n');
}
