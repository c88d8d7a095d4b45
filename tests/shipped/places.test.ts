import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { builtFile, builtPage } from './builtSite.ts';

const root = join(import.meta.dirname, '..', '..');
const { site } = runPipeline(root);
const forceOf = (place: string) => site!.forces.filter((f) => f.places.some((g) => g.places.some((p) => p.name === place))).map((f) => f.id);

describe('the place list (data/places.csv)', () => {
  it('names at least one place in the area of each of the 43 forces', () => {
    const forces = site!.forces.filter((f) => f.id !== 'england-and-wales');
    expect(forces).toHaveLength(43);
    expect(forces.filter((f) => f.places.length === 0).map((f) => f.id)).toEqual([]);
  });

  it('places a council, an island and a Welsh county in the right force', () => {
    expect(forceOf('Luton')).toEqual(['bedfordshire']);
    expect(forceOf('Isle of Wight')).toEqual(['hampshire-and-isle-of-wight']);
    expect(forceOf('Wirral')).toEqual(['merseyside']);
    expect(forceOf('Gwynedd')).toEqual(['north-wales']);
    expect(forceOf('Kingston upon Hull')).toEqual(['humberside']);
  });

  it('gives every place a source on the web, the Act’s among them, each found by a query of the research log', () => {
    const groups = site!.forces.flatMap((f) => f.places);
    const log = Papa.parse<Record<string, string>>(readFileSync(join(root, 'data/research-log.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    const found = new Set(log.filter((q) => q.outcome === 'found').map((q) => q.address));
    expect(groups.map((g) => g.source).filter((source) => !found.has(source))).toEqual([]);
    expect(groups.every((g) => /^https?:\/\//.test(g.source))).toBe(true);
    expect(groups.some((g) => g.sourceKind === 'legislation' && g.source.startsWith('https://www.legislation.gov.uk/ukpga/1996/16/'))).toBe(true);
  });

  it('goes into the home page’s list, the force page, the input files and the data package', () => {
    const home = builtPage('/');
    const bedfordshire = [...home.querySelectorAll('#force-list li')].find((li) => li.querySelector('a')?.getAttribute('href')?.endsWith('/forces/bedfordshire/'));
    expect(bedfordshire?.getAttribute('data-names')?.split('|')).toContain('Luton');
    expect(home.querySelector('#find-places a[href$="/data/input/places.csv"]')).not.toBeNull();
    const area = builtPage('/forces/north-wales/').querySelector('#area-heading')?.parentElement?.textContent ?? '';
    expect(area).toContain('Gwynedd');
    expect(builtFile('/data/input/places.csv').toString('utf8')).toContain('Luton,bedfordshire');
    const resources = (JSON.parse(builtFile('/data/datapackage.json').toString('utf8')) as { resources: { name: string; path: string }[] }).resources;
    expect(resources.find((r) => r.name === 'input-places')?.path).toBe('input/places.csv');
  });
});
