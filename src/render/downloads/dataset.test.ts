import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compareDatasets, currentDataset } from '../../engine/compute/buildReleases.ts';
import { site } from '../../../tests/render/fixtureReports.ts';
import { datasetFiles } from './dataset.ts';

const address = { url: 'https://cdi.example', base: '/' };
const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

describe('datasetFiles(site, address) as a release snapshots them', () => {
  it('holds, in every column the change log compares, exactly the cells the engine makes from the model', () => {
    const files = datasetFiles(site, address);
    const snapshot = { figures: parse(files.figures), inspections: parse(files.inspections) };
    expect(compareDatasets(snapshot, currentDataset(site.reports), () => [])).toEqual({ inspectionsAdded: [], figuresAdded: [], figuresChanged: [], figuresRemoved: [] });
    expect(snapshot.figures.length).toBe(currentDataset(site.reports).figures.length);
  });

  it('shows a changed value as a change, so that the comparison above can fail', () => {
    const files = datasetFiles(site, address);
    const figures = parse(files.figures);
    const first = figures[0]!;
    const edited = [{ ...first, numerator: first.numerator === '1' ? '2' : '1' }, ...figures.slice(1)];
    const changes = compareDatasets({ figures: edited, inspections: parse(files.inspections) }, currentDataset(site.reports), () => []);
    expect(changes.figuresChanged.map((f) => f.changes.map((c) => c.column))).toEqual([['numerator']]);
  });
});
