/**
 * `npm run release -- <version> <date> [notes] [--root <dir>]`: makes a data release of the current inputs.
 * Writes the dataset as this build publishes it to data/releases/<version>/ and adds the release to
 * data/releases.csv; commit both. Earlier releases are never rewritten.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readConfig } from '../src/config.ts';
import { runPipeline } from '../src/engine/pipeline.ts';
import { datasetFiles } from '../src/releases/dataset.ts';
import { readReleases, releaseColumns, releaseProblems, releasesFile, snapshotFolder } from '../src/releases/releaseFiles.ts';
import { toCsv } from '../src/render/downloads/csv.ts';
import { report } from './report.ts';

const { config, rest } = readConfig(process.argv.slice(2));
const root = config.inputRoot;
const [version = '', date = '', notes = ''] = rest;
const fail = (message: string): never => {
  console.error(`release: ${message}`);
  process.exit(1);
};

if (!version || !date) fail('usage: npm run release -- <version> <date YYYY-MM-DD> [notes] [--root <dir>]');
const release = { version, date, notes };
const problem = releaseProblems(release, readReleases(root))[0];
if (problem) fail(problem);
const folder = `${root}/${snapshotFolder(version)}`;
if (existsSync(folder)) fail(`${snapshotFolder(version)} exists already`);
const { site, problems } = runPipeline(root);
if (!report(problems) || !site) fail('the inputs have errors: nothing was released');

const files = datasetFiles(site!, config.site);
mkdirSync(folder, { recursive: true });
writeFileSync(`${folder}/figures.csv`, files.figures);
writeFileSync(`${folder}/inspections.csv`, files.inspections);
const row = toCsv([...releaseColumns], [[version, date, notes]]);
const listed = existsSync(`${root}/${releasesFile}`) ? readFileSync(`${root}/${releasesFile}`, 'utf8') : '';
writeFileSync(`${root}/${releasesFile}`, listed === '' ? row : `${listed.replace(/\n?$/, '\n')}${row.slice(row.indexOf('\n') + 1)}`);
console.log(`released ${version} of ${date}: ${snapshotFolder(version)}/ and ${releasesFile}; commit both`);
