import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { placeCounts } from '../../src/engine/compute/buildPlaces.ts';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { fixtures, minimal, overlayRoot, removeRoot } from './fixtureRoot.ts';

describe('data/places.csv through load → validate → compute', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) removeRoot(root);
    root = undefined;
  });

  it('puts each force’s places on the model, one group per source text, in the file’s order', () => {
    root = overlayRoot(join(fixtures, 'places'));
    const { site, problems } = runPipeline(root);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const northshire = site!.forces.find((f) => f.id === 'northshire')!;
    expect(northshire.places.map((g) => [g.note, g.sourceKind, g.places.map((p) => p.name)])).toEqual([
      ['Police Act 1996, Schedule 1, as enacted', 'legislation', ['Northshire', 'St. Ives', 'Eastwick']],
      ['Force page', 'force', ['Northby']],
    ]);
    expect(northshire.places[0]!.places[1]).toEqual({ name: 'St. Ives', kind: 'non-metropolitan district', printed: 'the non-metropolitan districts of St. Ives and Eastwick' });
    expect(site!.forces.find((f) => f.id === 'westvale')!.places.map((g) => g.source)).toEqual(['https://hmicfrs.justiceinspectorates.gov.uk/police-forces/westvale/']);
    expect(placeCounts(site!.forces)).toEqual({ places: 5, forces: 2 });
  });

  it('without the file, every force has no places and the counts are zero', () => {
    const { site } = runPipeline(minimal);
    expect(site!.forces.every((f) => f.places.length === 0)).toBe(true);
    expect(placeCounts(site!.forces)).toEqual({ places: 0, forces: 0 });
  });
});
