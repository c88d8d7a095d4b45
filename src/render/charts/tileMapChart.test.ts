import { describe, expect, it } from 'vitest';
import { figure, report } from '../../../tests/overview/reportFixture.ts';
import { buildNational } from '../../engine/compute/buildNational.ts';
import type { ForceRef } from '../../engine/compute/model.ts';
import { messages } from '../../i18n/index.ts';
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
      ['Kent Police', 'KEN', 'Outstanding (CDI)', '96.6%', '2019'],
      ['Metropolitan Police Service', 'MET', 'Good (CDI)', '89.5%', '2018'],
      ['Cumbria Constabulary', 'CUM', 'Inadequate (CDI)', 'not found yet', '2018'],
    ]);
    expect(spec.notPublished).toEqual(['Exampleshire Police: not placed on the map']);
  });

  it('gives the same cells as data: grid place, grade and the rate as a number, empty where none is published', () => {
    expect(spec.data.columns.map((c) => c.name)).toEqual(['force', 'force_id', 'code', 'grid_column', 'grid_row', 'grade', 'grade_scale', 'rate_pct', 'year', 'inspection']);
    expect(spec.data.rows.map((r) => r[1]).sort()).toEqual(['cumbria', 'kent', 'metropolitan']);
    const row = (id: string) => spec.data.rows.find((r) => r[1] === id)!;
    const kent = forceGrid.find((p) => p.id === 'kent')!;
    expect(row('kent')).toEqual(['Kent Police', 'kent', kent.code, kent.column, kent.row, 'Outstanding', 'four-grade', 96.6, '2019', 'Inspection a']);
    expect(row('metropolitan')[7]).toBe(89.5);
    expect(row('cumbria')[7]).toBeNull();
    expect(spec.data.rows.map((r) => r[0])).toEqual(spec.table.rows.map((r) => r[0]));
  });

  it('writes the code, the rate or “no rate”, and the grade in each cell, so that grade never rests on colour', () => {
    for (const text of ['KEN', '96.6%', 'Outst', 'MET', '89.5%', 'Good', 'CUM', 'no rate', 'Inad']) expect(spec.svg).toContain(`>${text}<`);
  });

  it('writes shorter forms, named in the legend, where a layout’s cells are too narrow for the full ones at 14 px', () => {
    const narrowest = spec.svg.match(/<svg class="chart-w330".*?<\/svg>/)?.[0] ?? '';
    for (const text of ['KEN', '96.6', 'Out', 'MET', '89.5', 'G', 'CUM', '–', 'Ina', '2019', '“–”: no rate for that inspection', 'Rates are % recorded correctly', 'Year: of the inspection shown']) expect(narrowest).toContain(`>${text}<`);
    expect(narrowest).not.toContain('>96.6%<');
    expect(narrowest).toContain('style="font-size:14px"');
    expect(narrowest).not.toMatch(/font-size="(?!10")/);
  });

  it('links each cell to its force’s page, named in full', () => {
    expect(spec.svg).toContain('<a aria-label="Kent Police: outstanding (CDI, 2019), recording rate 96.6%" href="/forces/kent/"');
    expect(spec.svg).toContain('<a aria-label="Cumbria Constabulary: inadequate (CDI, 2018), recording rate not found yet" href="/forces/cumbria/"');
    // In the order of the map, north to south then west to east, as the keyboard moves through them.
    expect([...spec.image.svg.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/forces/cumbria/', '/forces/metropolitan/', '/forces/kent/']);
    // A group, not an image, so that the links inside stay reachable; no other element but the links carries a label.
    expect(spec.image.svg).toMatch(/^<svg [^>]*role="group"/);
    expect(spec.image.svg.match(/aria-label=/g)).toHaveLength(4);
  });

  it('names the number of forces in each grade and scale, and those without a rate', () => {
    expect(spec.summary).toContain('Latest overall grade: outstanding (CDI), 1 force; good (CDI), 1 force; inadequate (CDI), 1 force.');
    expect(spec.summary).toContain('1 of the 3 forces has no recording rate from the inspection shown.');
  });

  it('shows in each cell the grade, rate and year of ONE inspection, and keeps PEEL grades apart from CDI grades', () => {
    const lancs = buildNational([force('lancashire', 'Lancashire Constabulary'), force('cleveland', 'Cleveland Police')], [
      report('lancashire', '2017-cdi', '2017-06-01', [figure('overall', 84.3, 1.9)], { grade: 'inadequate' }),
      report('lancashire', '2019-re', '2019-05-01', [figure('overall', 93.3, 1.5)]),
      report('cleveland', '2018-cdi', '2018-06-01', [figure('overall', 83.4, 1.9)], { grade: 'inadequate' }),
      report('cleveland', '2022-peel', '2022-06-01', [], { grade: 'good', scale: 'five-grade' }),
    ]);
    const map = tileMapChart(lancs, '/')!;
    expect(map.table.rows).toEqual([
      ['Lancashire Constabulary', 'LAN', 'Inadequate (CDI)', '84.3%', '2017'],
      ['Cleveland Police', 'CLE', 'Good (PEEL)', 'not found yet', '2022'],
    ]);
    expect(map.svg).not.toContain('>93.3%<');
    expect(map.svg).toContain('>PEEL grades (thick outline)<');
    expect(map.svg).toMatch(/<g stroke-width="3"[^>]*><a aria-label="Cleveland Police: good \(PEEL, 2022\)/);
  });

  it('says why the inspection shown has no rate: not published by the source, not found yet, or not yet published', () => {
    const withoutRate = (absent: 'not-published' | 'not-found' | null, pending = false) => ({ ...figure('overall', null), ...(absent ? { absent: { rate: absent, interval: absent, unrecorded: absent, count: absent, additional: absent } } : {}), pending });
    const map = tileMapChart(
      buildNational([force('kent', 'Kent Police'), force('cumbria', 'Cumbria Constabulary'), force('metropolitan', 'Metropolitan Police Service')], [
        report('kent', 'a', '2023-01-15', [withoutRate('not-published')], { grade: 'good', scale: 'five-grade' }),
        report('cumbria', 'a', '2023-01-15', [withoutRate('not-found')], { grade: 'good', scale: 'five-grade' }),
        report('metropolitan', 'a', '2026-01-15', [withoutRate(null, true)], { grade: 'good', scale: 'five-grade' }),
      ]),
      '/',
    )!;
    expect(map.table.rows.map((r) => [r[0], r[3]])).toEqual([
      ['Kent Police', 'not published by the source'],
      ['Cumbria Constabulary', 'not found yet'],
      ['Metropolitan Police Service', 'not yet published'],
    ]);
    expect(map.svg).toContain('aria-label="Kent Police: good (PEEL, 2023), recording rate not published by the source"');
  });

  it('the compact map (the home page) writes two lines a square where the year does not fit beside the grade, and gives each scale’s years under its legend', () => {
    const both = buildNational([force('kent', 'Kent Police'), force('cumbria', 'Cumbria Constabulary'), force('metropolitan', 'Metropolitan Police Service')], [
      report('kent', 'a', '2017-01-15', [figure('overall', 96.6)], { grade: 'inadequate' }),
      report('cumbria', 'a', '2019-01-15', [figure('overall', 91.6)], { grade: 'good' }),
      report('metropolitan', 'a', '2023-01-15', [figure('overall', 89.5)], { grade: 'requires improvement', scale: 'five-grade' }),
    ]);
    const narrowest = (svg: string) => svg.match(/<svg class="chart-w330".*?<\/svg>/)?.[0] ?? '';
    const compact = narrowest(tileMapChart(both, '/', { compact: true })!.svg);
    const full = narrowest(tileMapChart(both, '/')!.svg);
    // The cells: the code and the grade, no year and no rate.
    for (const text of ['KEN', 'Ina', 'CUM', 'G', 'MET', 'RI']) expect(compact).toContain(`>${text}<`);
    for (const text of ['>2017<', '>2019<', '>2023<', '>96.6<']) expect(compact).not.toContain(text);
    expect(full).toContain('>2017<');
    // Two lines of 21 px and 6 px of room: 48 px a square, against the overview's square cells.
    expect(compact).toMatch(/<rect [^>]*height="48"/);
    // The two scales' legends do not fit side by side at 330 px: one table, a row per grade and a column per scale.
    for (const text of ['>CDI<', '>PEEL<', '>Grade<', '>Inadequate<', '>Requires improvement<']) expect(compact).toContain(text);
    expect(compact).not.toContain('CDI grades (thin outline)');
    expect(compact).toContain('>Years: CDI 2017–2019, PEEL 2023<');
    // Best grade first, whichever scale has it.
    expect([...compact.matchAll(/>(Good|Requires improvement|Inadequate)</g)].map((m) => m[1])).toEqual(['Good', 'Requires improvement', 'Inadequate']);
    // Wider layouts keep the year in the square.
    expect(tileMapChart(both, '/', { compact: true })!.svg).toMatch(/>Inad? ’17</);
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
  it('speaks Welsh on a Welsh page: grade words, legend, notes, summary, labels and table from the catalogue, a Welsh force by its Welsh name and page', () => {
    const withGwent = buildNational(
      [force('kent', 'Kent Police'), { ...force('gwent', 'Gwent Police'), country: 'Wales' }, force('cumbria', 'Cumbria Constabulary')],
      [report('kent', 'a', '2019-01-15', [figure('overall', 96.6)], { grade: 'outstanding' }), report('gwent', 'a', '2018-07-17', [], { grade: 'requires improvement' })],
    );
    const welsh = tileMapChart(withGwent, '/', { compact: true, lang: 'cy' })!;
    expect(welsh.heading).toBe('Gradd ddiweddaraf pob heddlu, gyda chyfradd cofnodi a blwyddyn yr arolygiad hwnnw, ar fap');
    expect(welsh.summary).toBe(
      'Map o’r tri heddlu yng Nghymru a Lloegr, un sgwâr yr un, wedi’u gosod yn fras lle mae pob heddlu, wedi’u lliwio a’u labelu yn ôl gradd gyffredinol ddiweddaraf yr heddlu, gyda chyfradd cofnodi a blwyddyn yr arolygiad hwnnw. ' +
        'Y radd gyffredinol ddiweddaraf: eithriadol (CDI), un heddlu; angen gwella (CDI), un heddlu; dim gradd wedi’i chyhoeddi, un heddlu. ' +
        'Nid oes gan 2 o’r tri heddlu gyfradd cofnodi o’r arolygiad a ddangosir.',
    );
    expect(welsh.table.columns).toEqual(['Heddlu', 'Cod ar y map', 'Y radd gyffredinol ddiweddaraf', 'Cyfradd cofnodi, yr un arolygiad', 'Blwyddyn']);
    expect(welsh.table.rows).toContainEqual(['Heddlu Gwent', expect.any(String), 'Angen gwella (CDI)', 'heb ei chanfod eto', '2018']);
    expect(welsh.table.rows).toContainEqual(['Kent Police', 'KEN', 'Eithriadol (CDI)', '96.6%', '2019']);
    expect(welsh.svg).toContain('Graddau CDI (amlinell denau)');
    expect(welsh.svg).toContain(`aria-label="Heddlu Gwent: angen gwella (CDI, 2018), cyfradd cofnodi heb ei chanfod eto"`);
    expect(welsh.svg).toContain('href="/cy/forces/gwent/"');
    expect(welsh.svg).toContain('href="/forces/kent/"');
    expect(welsh.svg).not.toMatch(/Outst|grades \(|year of the inspection|No grade|recording rate/);
  });
});
