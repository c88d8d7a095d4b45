import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../engine/pipeline.ts';
import type { Site } from '../../engine/compute/model.ts';
import { columns } from '../../engine/vocabulary.ts';
import { datasetFiles } from './dataset.ts';
import { dataErrors, profileErrors } from '../../../tests/newsroom/checkDataPackage.ts';
import { dataPackage } from './dataPackage.ts';
import { figureColumns, inspectionColumns } from './dataset.ts';

const minimal = join(import.meta.dirname, '../../../tests/fixtures/valid/minimal');
const site = runPipeline(minimal).site as Site;
const siteUrl = { url: 'https://cdi-reports.example.org', base: '/' };
// valid/minimal's files leave out the optional columns (unrecorded_qualifier, not_published): the model says which columns each has.
const descriptor = dataPackage(site, { version: '1.2.0', date: '2026-11-29' }, siteUrl);
type Resource = { name: string; path: string; schema: { fields: { name: string; type: string }[] } };
const resources = descriptor.resources as Resource[];
const dirs: string[] = [];

/** The package as the site publishes it under /data/: the dataset of the fixture and its input files. */
function packageFolder(figures = datasetFiles(site, siteUrl).figures): string {
  const dir = mkdtempSync(join(tmpdir(), 'cdi-package-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'figures.csv'), figures);
  writeFileSync(join(dir, 'inspections.csv'), datasetFiles(site, siteUrl).inspections);
  cpSync(join(minimal, 'data'), join(dir, 'input'), { recursive: true });
  return dir;
}

afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('dataPackage(site, release, siteUrl)', () => {
  it('conforms to the Tabular Data Package profile', () => {
    expect(profileErrors(descriptor)).toEqual([]);
  });

  it('is caught by the profile check when a field has a type the spec does not know', () => {
    const broken = structuredClone(descriptor) as { resources: Resource[] };
    (broken.resources[0] as Resource).schema.fields[0]!.type = 'text';
    expect(profileErrors(broken).join('\n')).toMatch(/resources\/0\/schema\/fields\/0\/type/);
  });

  it('names the release and describes the dataset and every input file', () => {
    expect(descriptor).toMatchObject({ version: '1.2.0', created: '2026-11-29T00:00:00Z' });
    expect(resources.map((r) => r.path)).toEqual(['figures.csv', 'inspections.csv', 'input/forces.csv', 'input/inspections.csv', 'input/findings.csv']);
  });

  it('has a field for every column of each file, in the files’ order', () => {
    const fields = (name: string) => resources.find((r) => r.name === name)?.schema.fields.map((f) => f.name);
    expect(fields('figures')).toEqual(figureColumns.map((c) => c.name));
    expect(fields('inspections')).toEqual(inspectionColumns.map((c) => c.name));
    expect(fields('input-forces')).toEqual(columns.forces);
    expect(fields('input-inspections')).toEqual(columns.inspections.filter((name) => name !== 'not_published'));
    expect(fields('input-findings')).toEqual(columns.findings.filter((name) => name !== 'unrecorded_qualifier' && name !== 'not_published'));
    const withOptional = dataPackage({ ...site, inspectionsColumns: [...columns.inspections], findingsColumns: [...columns.findings] }, { version: '1.2.0', date: '2026-11-29' }, siteUrl).resources as Resource[];
    expect(withOptional.find((r) => r.name === 'input-findings')?.schema.fields.map((f) => f.name)).toEqual(columns.findings);
    expect(withOptional.find((r) => r.name === 'input-inspections')?.schema.fields.map((f) => f.name)).toEqual(columns.inspections);
  });

  it('lists each source once, the inspections’ publications first', () => {
    const paths = (descriptor.sources as { path: string }[]).map((s) => s.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(expect.arrayContaining(site.reports.map((r) => r.sourceUrl)));
  });

  it('reads cleanly with the Frictionless library: every cell of its type, keys unique, foreign keys resolved', async () => {
    expect(await dataErrors(descriptor, packageFolder())).toEqual([]);
  });

  it('reports a figure of an inspection that inspections.csv does not have', async () => {
    const figures = datasetFiles(site, siteUrl).figures.replaceAll('westvale,Westvale Police,2017-cdi', 'westvale,Westvale Police,2019-cdi');
    expect((await dataErrors(descriptor, packageFolder(figures))).join('\n')).toMatch(/figures: .*[Ff]oreign key/);
  });
});
