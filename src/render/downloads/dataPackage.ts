import type { ReleaseLog, Site } from '../../engine/compute/model.ts';
import { absoluteUrl, sitePaths, type SiteAddress } from '../../routes.ts';
import {
  figuresSchema,
  inputFindingsSchema,
  inputForcesSchema,
  inputInspectionsSchema,
  inputPlacesSchema,
  inspectionsSchema,
  type TableSchema,
} from './tableSchemas.ts';

/** The release this package describes: its version, and the date it was made (null when the data is not yet released). */
export interface PackageRelease {
  version: string;
  date: string | null;
}

/** The version the data package gives: the latest release, marked "+unreleased" when the data has changed since. */
export function packageRelease(log: ReleaseLog): PackageRelease {
  const latest = log.releases[0];
  if (!latest) return { version: '0.0.0+unreleased', date: null };
  return log.unreleased ? { version: `${latest.version}+unreleased`, date: null } : { version: latest.version, date: latest.date };
}

interface Resource {
  name: string;
  path: string;
  profile: 'tabular-data-resource';
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  dialect: typeof dialect;
  schema: TableSchema;
}

// Stated rather than left to be guessed: a reader that sniffs the dialect of a file with long prose cells may take
// the space for the delimiter.
const dialect = { delimiter: ',', doubleQuote: true, quoteChar: '"', lineTerminator: '\n', header: true } as const;

const resource = (name: string, path: string, title: string, description: string, schema: TableSchema): Resource => ({
  name,
  path,
  profile: 'tabular-data-resource',
  title,
  description,
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  dialect,
  schema,
});

/** Each publication the figures come from, once: the inspections' reports and any other page a figure cites. */
function sources(site: Site): { title: string; path: string }[] {
  const seen = new Map<string, string>();
  for (const report of [...site.reports].sort((a, b) => a.key.localeCompare(b.key))) {
    if (!seen.has(report.sourceUrl)) seen.set(report.sourceUrl, `HMICFRS, ${report.force.name}: ${report.title}`);
    for (const figure of report.figures) {
      if (!seen.has(figure.source)) seen.set(figure.source, `Figures of ${report.force.name}: ${report.title}`);
    }
  }
  return [...seen].map(([path, title]) => ({ title, path }));
}

/**
 * /data/datapackage.json: a Frictionless Tabular Data Package (v1) of the dataset and the input files it is built
 * from, with their Table Schemas, keys, licence, sources and the release version. Paths are relative to /data/.
 */
export function dataPackage(site: Site, release: PackageRelease, address: SiteAddress): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'crime-data-integrity-inspections',
    title: 'Crime data integrity inspections of the police forces of England and Wales',
    description:
      'The figures and grades of police crime-recording (crime data integrity) inspections, one row per inspection and measure, ' +
      'with the input files they are computed from. An empty cell means the figure is not published; it never means 0.',
    version: release.version,
    ...(release.date ? { created: `${release.date}T00:00:00Z` } : {}),
    homepage: absoluteUrl(sitePaths.data, address),
    keywords: ['police', 'crime recording', 'crime data integrity', 'HMICFRS', 'England and Wales'],
    // HMICFRS publishes its reports under the Open Government Licence v3.0; the figures here are taken from them.
    licenses: [
      {
        name: 'OGL-UK-3.0',
        path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
        title: 'Open Government Licence v3.0',
      },
    ],
    sources: sources(site),
    resources: [
      resource('figures', 'figures.csv', 'Figures', 'Every figure of every inspection, one row per inspection and measure.', figuresSchema),
      resource('inspections', 'inspections.csv', 'Inspections', 'Every inspection, with its grades.', inspectionsSchema),
      resource('input-forces', 'input/forces.csv', 'Input: forces', 'The forces, as the build read them.', inputForcesSchema),
      // An optional column (not_published, unrecorded_qualifier) is in the schema only where the file has it, as Table Schema requires.
      resource('input-inspections', 'input/inspections.csv', 'Input: inspections', 'The inspections, as the build read them.', {
        ...inputInspectionsSchema,
        fields: inputInspectionsSchema.fields.filter((field) => site.inspectionsColumns.includes(field.name)),
      }),
      resource('input-findings', 'input/findings.csv', 'Input: findings', 'The figures as published or counted, as the build read them.', {
        ...inputFindingsSchema,
        fields: inputFindingsSchema.fields.filter((field) => site.findingsColumns.includes(field.name)),
      }),
      // The place list is optional: described only where there is one.
      ...(site.forces.some((f) => f.places.length > 0)
        ? [resource('input-places', 'input/places.csv', 'Input: places', 'Towns, counties and councils by police force, each as the text at its source_url prints it.', inputPlacesSchema)]
        : []),
    ],
  };
}
