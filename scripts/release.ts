/**
 * `npm run release -- <version> <date> [notes] [--root <dir>]`: makes a data release of the current inputs.
 * Writes the dataset as this build publishes it, and its narratives' text, to data/releases/<version>/ and adds the release to
 * data/releases.csv; commit both. Earlier releases are never rewritten.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readConfig } from '../src/config.ts';
import { narrativesSnapshot } from '../src/engine/compute/narrativeRecord.ts';
import { runPipeline } from '../src/engine/pipeline.ts';
import { releaseProblems } from '../src/engine/validate/validateReleases.ts';
import { releaseFiles, snapshotFolder } from '../src/engine/vocabulary.ts';
import { toCsv } from '../src/render/downloads/csv.ts';
import { datasetFiles } from '../src/render/downloads/dataset.ts';
import { report } from './report.ts';

const { config, rest } = readConfig(process.argv.slice(2));
const root = config.inputRoot;
const [version = '', date = '', notes = ''] = rest;
const fail = (message: string): never => {
  console.error(`release: ${message}`);
  process.exit(1);
};

if (!version || !date) fail('usage: npm run release -- <version> <date YYYY-MM-DD> [notes] [--root <dir>]');
const folder = `${root}/${snapshotFolder(version)}`;
if (existsSync(folder)) fail(`${snapshotFolder(version)} exists already`);
// The pipeline reads and checks the releases made so far along with the data.
const { site, problems, inputs } = runPipeline(root);
if (!report(problems) || !site || !inputs) fail('the inputs have errors: nothing was released');
const problem = releaseProblems({ version, date, notes }, site!.releases.releases.toReversed())[0];
if (problem) fail(problem);

const files = datasetFiles(site!, config.site);
mkdirSync(folder, { recursive: true });
writeFileSync(`${folder}/figures.csv`, files.figures);
writeFileSync(`${folder}/inspections.csv`, files.inspections);
// The text of the narratives it publishes (drafts are not), so that the next review can show each sentence changed since.
writeFileSync(`${folder}/${releaseFiles.narratives}`, narrativesSnapshot(inputs!.narratives));
const row = toCsv([...releaseFiles.columns], [[version, date, notes]]);
const listed = existsSync(`${root}/${releaseFiles.list}`) ? readFileSync(`${root}/${releaseFiles.list}`, 'utf8') : '';
writeFileSync(`${root}/${releaseFiles.list}`, listed === '' ? row : `${listed.replace(/\n?$/, '\n')}${row.slice(row.indexOf('\n') + 1)}`);
console.log(`released ${version} of ${date}: ${snapshotFolder(version)}/ and ${releaseFiles.list}; commit both`);
