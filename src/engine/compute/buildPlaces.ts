import type { PlaceInput } from '../validate/rowSchemas.ts';
import type { PlaceGroup } from './model.ts';

/** Each force's places, one group per source text, groups and places in the order of data/places.csv. */
export function buildPlaces(places: readonly PlaceInput[]): Map<string, PlaceGroup[]> {
  const byForce = new Map<string, PlaceGroup[]>();
  for (const p of [...places].sort((a, b) => a.line - b.line)) {
    const groups = byForce.get(p.force) ?? [];
    let group = groups.find((g) => g.source === p.sourceUrl && g.note === p.sourceNote);
    if (!group) {
      group = { source: p.sourceUrl, sourceKind: p.sourceKind, note: p.sourceNote, places: [] };
      groups.push(group);
    }
    group.places.push({ name: p.place, kind: p.kind, printed: p.printed });
    byForce.set(p.force, groups);
  }
  return byForce;
}

/** How many places the list holds, and in how many forces' areas: what the home page's hint says it covers. */
export function placeCounts(forces: readonly { places: readonly PlaceGroup[] }[]): { places: number; forces: number } {
  const perForce = forces.map((f) => f.places.reduce((sum, g) => sum + g.places.length, 0));
  return { places: perForce.reduce((a, b) => a + b, 0), forces: perForce.filter((n) => n > 0).length };
}
