import { describe, expect, it } from 'vitest';
import { figure, report } from '../../../tests/overview/reportFixture.ts';
import { buildNational } from '../../engine/compute/buildNational.ts';
import type { ForceRef } from '../../engine/compute/model.ts';
import { forceGrid, gridColumns, gridRows } from './forceGrid.ts';
import { gradeStyles, tileMapChart } from './tileMapChart.ts';

// Real force ids, so that the grid places them; made-up reports, never data/.
const force = (id: string, name: string): ForceRef => ({ id, name, shortName: name, country: 'England' });
const national = buildNational(
  [force('kent', 'Kent Police'), force('metropolitan', 'Metropolitan Police Service'), force('cumbria', 'Cumbria Constabulary'), force('exampleshire', 'Exampleshire Police')],
  [
    report('kent', 'a', '2019-01-15', [figure('overall', 96.6)], { grade: 'outstanding' }),
    report('metropolitan', 'a', '2018-07-17', [figure('overall', 89.5, 1.64)], { grade: 'good' }),
    report('cumbria', 'a', '2018-07-17', [], { grade: 'inadequate' }),
  ],
);
const spec = tileMapChart(national, '/')!;

/** WCAG 2.2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('forceGrid', () => {
  it('gives each force its own cell inside the grid and its own code', () => {
    expect(forceGrid).toHaveLength(43);
    expect(new Set(forceGrid.map((p) => p.id)).size).toBe(43);
    expect(new Set(forceGrid.map((p) => p.code)).size).toBe(43);
    expect(new Set(forceGrid.map((p) => `${p.column},${p.row}`)).size).toBe(43);
    for (const p of forceGrid) expect(p.column >= 0 && p.column < gridColumns && p.row >= 0 && p.row < gridRows).toBe(true);
  });
});

describe('tileMapChart', () => {
  it('tables exactly what each placed cell shows, in the model’s order: the force in full, its code, latest grade and latest rate', () => {
    expect(spec.table.rows).toEqual([
      ['Kent Police', 'KEN', 'Outstanding', '96.6%'],
      ['Metropolitan Police Service', 'MET', 'Good', '89.5%'],
      ['Cumbria Constabulary', 'CUM', 'Inadequate', 'not published'],
    ]);
    expect(spec.notPublished).toEqual(['Exampleshire Police: not placed on the map']);
  });

  it('gives the same cells as data: grid place, grade and the rate as a number, empty where none is published', () => {
    expect(spec.data.columns.map((c) => c.name)).toEqual(['force', 'force_id', 'code', 'grid_column', 'grid_row', 'grade', 'rate_pct']);
    expect(spec.data.rows.map((r) => r[1]).sort()).toEqual(['cumbria', 'kent', 'metropolitan']);
    const row = (id: string) => spec.data.rows.find((r) => r[1] === id)!;
    const kent = forceGrid.find((p) => p.id === 'kent')!;
    expect(row('kent')).toEqual(['Kent Police', 'kent', kent.code, kent.column, kent.row, 'Outstanding', 96.6]);
    expect(row('metropolitan')[6]).toBe(89.5);
    expect(row('cumbria')[6]).toBeNull();
    expect(spec.data.rows.map((r) => r[0])).toEqual(spec.table.rows.map((r) => r[0]));
  });

  it('writes the code, the rate or “no rate”, and the grade in each cell, so that grade never rests on colour', () => {
    for (const text of ['KEN', '96.6%', 'Outst', 'MET', '89.5%', 'Good', 'CUM', 'no rate', 'Inad']) expect(spec.svg).toContain(`>${text}<`);
  });

  it('writes shorter forms, named in the legend, where a layout’s cells are too narrow for the full ones at 14 px', () => {
    const narrowest = spec.svg.match(/<svg class="chart-w330".*?<\/svg>/)?.[0] ?? '';
    for (const text of ['KEN', '96.6', 'Out', 'MET', '89.5', 'G', 'CUM', '–', 'Ina', '“–”: no published rate', 'Rates are % recorded correctly']) expect(narrowest).toContain(`>${text}<`);
    expect(narrowest).not.toContain('>96.6%<');
    expect(narrowest).toContain('style="font-size:14px"');
    expect(narrowest).not.toMatch(/font-size="(?!10")/);
  });

  it('links each cell to its force’s page, named in full', () => {
    expect(spec.svg).toContain('<a aria-label="Kent Police: outstanding, latest recording rate 96.6%" href="/forces/kent/"');
    expect(spec.svg).toContain('<a aria-label="Cumbria Constabulary: inadequate, latest recording rate not published" href="/forces/cumbria/"');
    // In the order of the map, north to south then west to east, as the keyboard moves through them.
    expect([...spec.image.svg.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/forces/cumbria/', '/forces/metropolitan/', '/forces/kent/']);
    // A group, not an image, so that the links inside stay reachable; no other element but the links carries a label.
    expect(spec.image.svg).toMatch(/^<svg [^>]*role="group"/);
    expect(spec.image.svg.match(/aria-label=/g)).toHaveLength(4);
  });

  it('names the number of forces in each grade and those without a rate', () => {
    expect(spec.summary).toContain('Latest overall grade: outstanding, 1 force; good, 1 force; adequate, 0 forces; requires improvement, 0 forces; inadequate, 1 force; no grade published, 0 forces.');
    expect(spec.summary).toContain('1 of the 3 forces has no published recording rate.');
  });

  it('draws a force without a grade white with a dashed outline, and lists it in the legend only then', () => {
    const ungraded = tileMapChart(buildNational([force('kent', 'Kent Police')], [report('kent', 'a', '2019-01-15', [figure('overall', 96.6)])]), '/')!;
    expect(ungraded.svg).toMatch(/<g stroke-dasharray="4 3"[^>]*><a [^>]*href="\/forces\/kent\/"/);
    expect(ungraded.svg).toContain('>No grade published<');
    expect(spec.svg).not.toContain('>No grade published<');
  });

  it('draws every grade’s text at 4.5:1 or more on its fill (WCAG 2.2 AA)', () => {
    for (const style of Object.values(gradeStyles)) expect(contrast(style.text, style.fill)).toBeGreaterThanOrEqual(4.5);
  });

  it('returns null when no force is placed', () => {
    expect(tileMapChart(buildNational([force('exampleshire', 'Exampleshire Police')], []), '/')).toBeNull();
  });

  it('renders the same SVG as before', async () => {
    await expect(spec.svg).toMatchFileSnapshot('./__snapshots__/tile-map.three-forces.svg');
  });
});
