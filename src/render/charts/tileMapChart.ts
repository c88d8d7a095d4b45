import * as Plot from '@observablehq/plot';
import type { National, NationalForce } from '../../engine/compute/model.ts';
import type { Grade } from '../../engine/vocabulary.ts';
import { href } from '../../routes.ts';
import { forceGrid, gridColumns, gridRows } from './forceGrid.ts';
import { textWidth, theme } from './marks.ts';
import { renderPlot } from './plot.ts';
import { chartData, publicationsUrl, type ChartSpec, type ColumnOf } from './spec.ts';

/** The gap between cells, in the SVG's pixels; the cells share the rest of each layout's width. */
const gap = 2;
const noRate = 'no rate';
/** A line of text in a cell, in the SVG's pixels: lines 1.22 em apart overlapped in Chromium (tests/e2e/chartText.test.ts), so they are 1.5 em apart; a cell holds three. */
const line = Math.ceil(theme.fontSize * 1.5);

/**
 * Each grade's fill, the colour of the text drawn on it (and of the cell's outline), and the short word written in
 * the cell, so that the grade never rests on colour alone. The pairs are the grade tags' in site.css: every text
 * colour is at least 4.5:1 on its fill (tested). A force without a grade is white with a dashed outline, unlike any grade.
 */
export const gradeStyles: Record<Grade | 'none', { fill: string; text: string; short: string; narrow: string }> = {
  outstanding: { fill: '#cce2d8', text: '#005a30', short: 'Outst', narrow: 'Out' },
  good: { fill: '#bfe3e0', text: '#10403c', short: 'Good', narrow: 'G' },
  adequate: { fill: '#fff7bf', text: '#594d00', short: 'Adeq', narrow: 'Adq' },
  'requires improvement': { fill: '#fcd6c3', text: '#6e3619', short: 'RI', narrow: 'RI' },
  inadequate: { fill: '#f4cdc6', text: '#942514', short: 'Inad', narrow: 'Ina' },
  none: { fill: '#ffffff', text: theme.ink, short: 'None', narrow: '–' },
};

interface Tile {
  force: NationalForce;
  code: string;
  column: number;
  row: number;
  fill: string;
  text: string;
  grade: string;
  narrowGrade: string;
  gradeLabel: string;
  rate: string;
  dashed: boolean;
}

/** One row per square on the map, as the table: where it sits on the grid, the grade its fill shows and the rate written in it. */
const columns: ColumnOf<Tile>[] = [
  { name: 'force', title: 'Force', type: 'string', value: (t) => t.force.force.name },
  { name: 'force_id', title: 'Force id, as in /data/figures.csv', type: 'string', value: (t) => t.force.force.id },
  { name: 'code', title: 'Code written in its square', type: 'string', value: (t) => t.code },
  { name: 'grid_column', title: 'Column of its square on the grid, from 0 at the left', type: 'integer', value: (t) => t.column },
  { name: 'grid_row', title: 'Row of its square on the grid, from 0 at the top', type: 'integer', value: (t) => t.row },
  { name: 'grade', title: 'Latest overall grade', type: 'string', value: (t) => t.gradeLabel },
  { name: 'rate_pct', title: 'Latest overall recording rate, in percent; empty where not published', type: 'number', value: (t) => t.force.rate?.value ?? null },
];

/**
 * The overview's tile grid map: one equal square per force placed roughly where it is (forceGrid.ts), filled by its
 * latest overall grade, with its code, latest rate ("no rate" where none is published) and grade written in it, and
 * a link to its page named in full. The legend runs under the map. Forces the grid does not place are
 * listed under the chart; null when no force is placed. `base` is the site's base path, for those links.
 */
export function tileMapChart(national: National, base: string): ChartSpec | null {
  const tiles: Tile[] = national.forces.flatMap((force) => {
    const place = forceGrid.find((p) => p.id === force.force.id);
    if (!place) return [];
    const grade = force.grade?.grade ?? null;
    const style = gradeStyles[grade ?? 'none'];
    return [
      {
        force,
        code: place.code,
        column: place.column,
        row: place.row,
        fill: style.fill,
        text: style.text,
        grade: style.short,
        narrowGrade: style.narrow,
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

  const label = (t: Tile) => `${t.force.force.name}: ${t.gradeLabel.toLowerCase()}, latest recording rate ${t.rate === noRate ? 'not published' : t.rate}`;
  const entries = counts.filter((g) => g.grade !== null || g.count > 0);
  // Drawn north to south, then west to east, so that the keyboard moves across the map as a reader's eye does.
  const drawn = [...tiles].sort((a, b) => a.row - b.row || a.column - b.column);

  /**
   * Cells share the layout's width; each is at least three lines tall (code, rate, grade), so narrow layouts draw
   * them taller than wide. Where a cell is too narrow for a text at theme.fontSize, it writes a shorter form: the
   * rate without its "%", "–" for no rate, the grade's short word; the legend names each form, and each link's
   * label, like the table, names the force and its grade in full.
   */
  const draw = (width: number): Plot.PlotOptions => {
    const cellWidth = (width + gap) / gridColumns - gap;
    const cellHeight = Math.max(cellWidth, 3 * line + 6);
    const fits = (text: string, bold = false) => textWidth(text, { bold }) <= cellWidth - 4;
    const fullRates = tiles.every((t) => fits(t.rate));
    const fullGrades = tiles.every((t) => fits(t.grade));
    const noRateText = fullRates ? noRate : '–';
    const rateText = (t: Tile) => (fullRates ? t.rate : t.rate === noRate ? noRateText : t.rate.replace(/%$/, ''));
    const gradeText = (t: Tile) => (fullGrades ? t.grade : t.narrowGrade);
    const x = (t: Tile) => t.column * (cellWidth + gap);
    const y = (t: Tile) => t.row * (cellHeight + gap);
    const cellText = (text: (t: Tile) => string, dy: number, extra: Plot.TextOptions = {}) =>
      Plot.text(tiles, { x: (t: Tile) => x(t) + cellWidth / 2, y: (t: Tile) => y(t) + cellHeight / 2, dy, text, fill: (t: Tile) => t.text, ariaHidden: 'true', ...extra });
    const boxes = (dashed: boolean) => ({ fill: 'fill', stroke: 'text', strokeWidth: dashed ? 1.5 : 1, strokeDasharray: dashed ? '4 3' : undefined });

    // The legend runs under the map, in two columns of swatches where they fit, else one: each swatch holds the word
    // written in the cells, beside it the grade in full.
    const swatch = Math.max(36, ...entries.map((g) => textWidth(fullGrades ? gradeStyles[g.grade ?? 'none'].short : gradeStyles[g.grade ?? 'none'].narrow) + 10));
    const entryWidth = swatch + 6 + Math.max(...entries.map((g) => textWidth(g.label))) + 12;
    const columns = 2 * entryWidth <= width ? 2 : 1;
    const perColumn = Math.ceil(entries.length / columns);
    const legendTop = gridRows * (cellHeight + gap) + 12;
    const step = line + 6;
    const legend = entries.map((g, i) => {
      const style = gradeStyles[g.grade ?? 'none'];
      return { ...style, word: fullGrades ? style.short : style.narrow, label: g.label, dashed: g.grade === null, x: Math.floor(i / perColumn) * entryWidth, y: legendTop + (i % perColumn) * step };
    });
    type Entry = (typeof legend)[number];
    const notes = [`“${noRateText}”: no published rate`, ...(fullRates ? [] : ['Rates are % recorded correctly'])];
    const notesTop = legendTop + perColumn * step + 4;
    return {
      width,
      height: notesTop + notes.length * line + 8,
      margin: 0,
      style: { fontSize: `${theme.fontSize}px` },
      x: { type: 'identity', axis: null },
      y: { type: 'identity', axis: null },
      color: { type: 'identity' },
      marks: [
        ...[false, true].map((dashed) =>
          Plot.rect(
            drawn.filter((t) => t.dashed === dashed),
            { x1: x, y1: y, x2: (t: Tile) => x(t) + cellWidth, y2: (t: Tile) => y(t) + cellHeight, ...boxes(dashed), href: (t: Tile) => href(t.force.url, base), ariaLabel: label },
          ),
        ),
        cellText((t) => t.code, -line, { fontWeight: 'bold' }),
        cellText(rateText, 0),
        cellText(gradeText, line),
        ...[false, true].map((dashed) =>
          Plot.rect(
            legend.filter((l) => l.dashed === dashed),
            { x1: 'x', x2: (l: Entry) => l.x + swatch, y1: 'y', y2: (l: Entry) => l.y + line + 2, ...boxes(dashed), ariaHidden: 'true' },
          ),
        ),
        Plot.text(legend, { x: (l: Entry) => l.x + swatch / 2, y: (l: Entry) => l.y + line / 2 + 1, text: 'word', fill: 'text', ariaHidden: 'true' }),
        Plot.text(legend, { x: (l: Entry) => l.x + swatch + 6, y: (l: Entry) => l.y + line / 2 + 1, text: 'label', textAnchor: 'start', fill: theme.ink, ariaHidden: 'true' }),
        Plot.text(notes, { x: 0, y: (_: string, i: number) => notesTop + i * line + line / 2, text: (d: string) => d, textAnchor: 'start', fill: theme.ink, ariaHidden: 'true' }),
      ],
    };
  };
  const { svg, image } = renderPlot(draw, { id: 'tile-map', label: summary, role: 'group' });

  return {
    id: 'tile-map',
    question: null,
    heading: 'Latest grade and recording rate of each force, on a map',
    figures: [],
    source: { name: 'HMICFRS crime data integrity and PEEL inspections, each force’s latest published overall grade and overall rate', url: publicationsUrl, provenance: ['published'] },
    summary,
    svg,
    image,
    data: chartData(columns, tiles),
    table: {
      caption: 'Each force on the map: its code, latest overall grade and latest overall recording rate',
      columns: ['Force', 'Code on the map', 'Latest overall grade', 'Latest recording rate'],
      rows: tiles.map((t) => [t.force.force.name, t.code, t.gradeLabel, t.rate === noRate ? 'not published' : t.rate]),
    },
    notPublished: national.forces.filter((f) => !forceGrid.some((p) => p.id === f.force.id)).map((f) => `${f.force.name}: not placed on the map`),
  };
}
