import * as Plot from '@observablehq/plot';
import type { National, NationalForce } from '../../engine/compute/model.ts';
import type { Grade } from '../../engine/vocabulary.ts';
import { forceGrid, gridColumns, gridRows } from './forceGrid.ts';
import { theme } from './marks.ts';
import { renderPlot } from './plot.ts';
import { publicationsUrl, type ChartSpec } from './spec.ts';

/** Cell size and the gap between cells, in the SVG's pixels: seven cells fill a 320 px phone at about its own size. */
const cell = 48;
const gap = 2;
const pitch = cell + gap;
const noRate = 'no rate';

/**
 * Each grade's fill, the colour of the text drawn on it (and of the cell's outline), and the short word written in
 * the cell, so that the grade never rests on colour alone. The pairs are the grade tags' in site.css: every text
 * colour is at least 4.5:1 on its fill (tested). A force without a grade is white with a dashed outline, unlike any grade.
 */
export const gradeStyles: Record<Grade | 'none', { fill: string; text: string; short: string }> = {
  outstanding: { fill: '#cce2d8', text: '#005a30', short: 'Outst' },
  good: { fill: '#bfe3e0', text: '#10403c', short: 'Good' },
  adequate: { fill: '#fff7bf', text: '#594d00', short: 'Adeq' },
  'requires improvement': { fill: '#fcd6c3', text: '#6e3619', short: 'RI' },
  inadequate: { fill: '#f4cdc6', text: '#942514', short: 'Inad' },
  none: { fill: '#ffffff', text: theme.ink, short: 'None' },
};

interface Tile {
  force: NationalForce;
  code: string;
  x: number;
  y: number;
  fill: string;
  text: string;
  grade: string;
  gradeLabel: string;
  rate: string;
  dashed: boolean;
}

/**
 * The overview's tile grid map: one equal square per force placed roughly where it is (forceGrid.ts), filled by its
 * latest overall grade, with its code, latest rate ("no rate" where none is published) and grade written in it, and
 * a link to its page named in full. The legend runs under the map. Forces the grid does not place are
 * listed under the chart; null when no force is placed.
 */
export function tileMapChart(national: National): ChartSpec | null {
  const tiles: Tile[] = national.forces.flatMap((force) => {
    const place = forceGrid.find((p) => p.id === force.force.id);
    if (!place) return [];
    const grade = force.grade?.grade ?? null;
    const style = gradeStyles[grade ?? 'none'];
    return [
      {
        force,
        code: place.code,
        x: place.column * pitch,
        y: place.row * pitch,
        fill: style.fill,
        text: style.text,
        grade: style.short,
        gradeLabel: national.grades.find((g) => g.grade === grade)!.label,
        rate: force.rate?.text ?? noRate,
        dashed: grade === null,
      },
    ];
  });
  if (tiles.length === 0) return null;

  const counts = national.grades.map((g) => ({ ...g, count: tiles.filter((t) => (t.force.grade?.grade ?? null) === g.grade).length }));
  const withoutRate = tiles.filter((t) => !t.force.rate).length;
  const summary = [
    `A map of the ${tiles.length} forces of England and Wales, one square each, placed roughly where each force is, coloured and labelled by its latest overall grade, with its latest recording rate.`,
    `Latest overall grade: ${counts.map((g) => `${g.label.toLowerCase()}, ${g.count} ${g.count === 1 ? 'force' : 'forces'}`).join('; ')}.`,
    `${withoutRate} of the ${tiles.length} forces ${withoutRate === 1 ? 'has' : 'have'} no published recording rate.`,
  ].join(' ');

  // The legend runs under the map in two columns of swatches, each with the word written in the cells and the grade in full.
  const entries = counts.filter((g) => g.grade !== null || g.count > 0);
  const perColumn = Math.ceil(entries.length / 2);
  const legendTop = gridRows * pitch + 12;
  const legend = entries.map((g, i) => ({ ...gradeStyles[g.grade ?? 'none'], label: g.label, dashed: g.grade === null, x: Math.floor(i / perColumn) * 150, y: legendTop + (i % perColumn) * 24 }));
  const height = legendTop + perColumn * 24 + 22;
  const label = (t: Tile) => `${t.force.force.name}: ${t.gradeLabel.toLowerCase()}, latest recording rate ${t.rate === noRate ? 'not published' : t.rate}`;
  const cellText = (line: (t: Tile) => string, dy: number, extra: Plot.TextOptions = {}) =>
    Plot.text(tiles, { x: (t: Tile) => t.x + cell / 2, y: (t: Tile) => t.y + cell / 2, dy, text: line, fill: (t: Tile) => t.text, ariaHidden: 'true', ...extra });
  const boxes = (dashed: boolean) => ({ fill: 'fill', stroke: 'text', strokeWidth: dashed ? 1.5 : 1, strokeDasharray: dashed ? '4 3' : undefined });

  // Drawn north to south, then west to east, so that the keyboard moves across the map as a reader's eye does.
  const drawn = [...tiles].sort((a, b) => a.y - b.y || a.x - b.x);
  const { svg, image } = renderPlot(
    {
      width: gridColumns * pitch - gap,
      height,
      margin: 0,
      style: { fontSize: '12px' },
      x: { type: 'identity', axis: null },
      y: { type: 'identity', axis: null },
      color: { type: 'identity' },
      marks: [
        ...[false, true].map((dashed) =>
          Plot.rect(
            drawn.filter((t) => t.dashed === dashed),
            { x1: 'x', y1: 'y', x2: (t: Tile) => t.x + cell, y2: (t: Tile) => t.y + cell, ...boxes(dashed), href: (t: Tile) => t.force.url, ariaLabel: label },
          ),
        ),
        cellText((t) => t.code, -13, { fontWeight: 'bold', fontSize: 13 }),
        cellText((t) => t.rate, 1),
        cellText((t) => t.grade, 15),
        ...[false, true].map((dashed) =>
          Plot.rect(
            legend.filter((l) => l.dashed === dashed),
            { x1: 'x', x2: (l: (typeof legend)[number]) => l.x + 36, y1: 'y', y2: (l: (typeof legend)[number]) => l.y + 18, ...boxes(dashed), ariaHidden: 'true' },
          ),
        ),
        Plot.text(legend, { x: (l: (typeof legend)[number]) => l.x + 18, y: (l: (typeof legend)[number]) => l.y + 9, text: 'short', fill: 'text', fontSize: 11, ariaHidden: 'true' }),
        Plot.text(legend, { x: (l: (typeof legend)[number]) => l.x + 42, y: (l: (typeof legend)[number]) => l.y + 9, text: 'label', textAnchor: 'start', fill: theme.ink, ariaHidden: 'true' }),
        Plot.text([`“${noRate}”: not published`], { x: 0, y: legendTop + perColumn * 24 + 9, textAnchor: 'start', fill: theme.ink, ariaHidden: 'true' }),
      ],
    },
    { id: 'tile-map', label: summary, role: 'group' },
  );

  return {
    id: 'tile-map',
    question: null,
    heading: 'Latest grade and recording rate of each force, on a map',
    figures: [],
    source: { name: 'HMICFRS crime data integrity and PEEL inspections, each force’s latest published overall grade and overall rate', url: publicationsUrl, provenance: ['published'] },
    summary,
    svg,
    image,
    table: {
      caption: 'Each force on the map: its code, latest overall grade and latest overall recording rate',
      columns: ['Force', 'Code on the map', 'Latest overall grade', 'Latest recording rate'],
      rows: tiles.map((t) => [t.force.force.name, t.code, t.gradeLabel, t.rate === noRate ? 'not published' : t.rate]),
    },
    notPublished: national.forces.filter((f) => !forceGrid.some((p) => p.id === f.force.id)).map((f) => `${f.force.name}: not placed on the map`),
  };
}
