import * as Plot from '@observablehq/plot';
import type { National, NationalForce } from '../../engine/compute/model.ts';
import { allGrades, type Grade, type GradeScale } from '../../engine/vocabulary.ts';
import { hasWelshEdition, messages, type Locale } from '../../i18n/index.ts';
import { forcePath, href } from '../../routes.ts';
import { forceName } from '../localised.ts';
import { forceGrid, gridColumns, gridRows } from './forceGrid.ts';
import { textWidth, theme } from './marks.ts';
import { renderPlot } from './plot.ts';
import { chartData, publicationsUrl, type ChartSpec, type ColumnOf } from './spec.ts';

/** The gap between cells, in the SVG's pixels; the cells share the rest of each layout's width. */
const gap = 2;
/** A line of text in a cell, in the SVG's pixels: lines 1.22 em apart overlapped in Chromium (the chart-text checks of tests/e2e/pages.test.ts), so they are 1.5 em apart; a cell holds three. */
const line = Math.ceil(theme.fontSize * 1.5);

/**
 * Each grade's fill and the colour of the text drawn on it (and of the cell's outline); the cell also writes the
 * grade's short word (the catalogue's `chart.tileMap.gradeWords`), so that the grade never rests on colour alone.
 * The pairs are the grade tags' in site.css: every text colour is at least 4.5:1 on its fill (tested). A force
 * without a grade is white with a dashed outline, unlike any grade.
 */
export const gradeStyles: Record<Grade | 'none', { fill: string; text: string }> = {
  outstanding: { fill: '#cce2d8', text: '#005a30' },
  good: { fill: '#bfe3e0', text: '#10403c' },
  adequate: { fill: '#fff7bf', text: '#594d00' },
  'requires improvement': { fill: '#fcd6c3', text: '#6e3619' },
  inadequate: { fill: '#f4cdc6', text: '#942514' },
  none: { fill: '#ffffff', text: theme.ink },
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
  scale: GradeScale | null;
  /** The rate of the inspection the cell shows (its grade's, or else the latest rate's), or "no rate". */
  rate: string;
  rateValue: number | null;
  /** Why there is no rate, in words: "not found yet". */
  rateMissing: string;
  /** The year of the inspection the cell shows. */
  year: string | null;
  /** The inspection the cell shows. */
  from: string;
  dashed: boolean;
}

/** One row per square on the map, as the table: where it sits on the grid, and the grade, rate and year of the one inspection it shows. */
const columns: ColumnOf<Tile>[] = [
  { name: 'force', title: 'Force', type: 'string', value: (t) => t.force.force.name },
  { name: 'force_id', title: 'Force id, as in /data/figures.csv', type: 'string', value: (t) => t.force.force.id },
  { name: 'code', title: 'Code written in its square', type: 'string', value: (t) => t.code },
  { name: 'grid_column', title: 'Column of its square on the grid, from 0 at the left', type: 'integer', value: (t) => t.column },
  { name: 'grid_row', title: 'Row of its square on the grid, from 0 at the top', type: 'integer', value: (t) => t.row },
  { name: 'grade', title: 'Latest overall grade', type: 'string', value: (t) => t.gradeLabel },
  { name: 'grade_scale', title: 'Scale of the grade: four-grade (CDI) or five-grade (PEEL); empty where no grade', type: 'string', value: (t) => t.scale },
  { name: 'rate_pct', title: 'Overall recording rate of the same inspection, in percent; empty where it published none', type: 'number', value: (t) => t.rateValue },
  { name: 'year', title: 'Year of the inspection the square shows', type: 'string', value: (t) => t.year },
  { name: 'inspection', title: 'The inspection the square shows', type: 'string', value: (t) => t.from },
];

/**
 * The tile grid map: one square per force placed roughly where it is (forceGrid.ts). Each square shows ONE
 * inspection: the force's latest graded one (its grade as fill and word, that inspection's own rate or "no rate",
 * and its year), else the inspection of its latest rate. PEEL grades (five-grade scale) have a thick outline and
 * their own legend entries, so that the two scales are never read as one. `compact` (the home page) leaves the rate
 * out of the squares and draws them shorter than wide; the overview draws every line. Forces the grid does not place
 * are listed under the chart; null when no force is placed. `base` is the site's base path, for the links.
 */
export function tileMapChart(national: National, base: string, { compact = false, lang = 'en' }: { compact?: boolean; lang?: Locale } = {}): ChartSpec | null {
  const words = messages(lang);
  const tm = words.chart.tileMap;
  const { noRate, noGrade } = tm;
  /** The scale's word after a grade in the legend and in each cell's label. */
  const scaleWord = words.latest.scale;
  const gradeName = (grade: Grade) => `${words.grade[grade][0]!.toUpperCase()}${words.grade[grade].slice(1)}`;
  // A force's name and page in the chart's language: a Welsh force's Welsh page, every other force's (English) page.
  const name = (force: NationalForce) => forceName(lang, force.force);
  const page = (force: NationalForce) => (lang !== 'en' && hasWelshEdition(force.force.id) ? forcePath(force.force.id, lang) : force.url);
  const tiles: Tile[] = national.forces.flatMap((force) => {
    const place = forceGrid.find((p) => p.id === force.force.id);
    if (!place) return [];
    const grade = force.grade?.grade ?? null;
    const style = { ...gradeStyles[grade ?? 'none'], ...tm.gradeWords[grade ?? 'none'] };
    const rate = force.grade ? force.grade.rate : force.rate;
    const shown = force.grade ?? force.rate;
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
        gradeLabel: grade === null ? noGrade : gradeName(grade),
        scale: force.grade?.scale ?? null,
        rate: rate?.text ?? noRate,
        rateValue: rate?.value ?? null,
        rateMissing: words.absence('rate')[force.grade?.rateAbsence ?? 'not-found'],
        year: shown?.year ?? null,
        from: shown?.from.title ?? '',
        dashed: grade === null,
      },
    ];
  });
  if (tiles.length === 0) return null;

  const entries = [
    ...(Object.keys(scaleWord) as GradeScale[]).flatMap((scale) =>
      allGrades.flatMap((grade) => {
        const count = tiles.filter((t) => t.scale === scale && t.force.grade?.grade === grade).length;
        return count > 0 ? [{ grade: grade as Grade | null, scale: scale as GradeScale | null, count, name: gradeName(grade), scaleName: scaleWord[scale] as string | null, label: `${gradeName(grade)} (${scaleWord[scale]})` }] : [];
      }),
    ),
    ...[tiles.filter((t) => t.scale === null).length].flatMap((count) => (count > 0 ? [{ grade: null, scale: null, count, name: noGrade, scaleName: null, label: noGrade }] : [])),
  ];
  const withoutRate = tiles.filter((t) => t.rateValue === null).length;
  const summary = [tm.summaryMap({ count: tiles.length }), tm.summaryGrades({ entries }), tm.summaryNoRate({ without: withoutRate, count: tiles.length })].join(' ');

  const yearText = (tile: Tile) => tile.year ?? words.latest.yearUnknown;
  const rateOrWhy = (tile: Tile) => (tile.rate === noRate ? tile.rateMissing : tile.rate);
  const label = (tile: Tile) =>
    tm.tileLabel({ force: name(tile.force), grade: tile.scale ? tile.gradeLabel : null, scale: tile.scale ? scaleWord[tile.scale] : null, year: yearText(tile), rate: rateOrWhy(tile) });
  // Drawn north to south, then west to east, so that the keyboard moves across the map as a reader's eye does.
  const drawn = [...tiles].sort((a, b) => a.row - b.row || a.column - b.column);

  /**
   * Cells share the layout's width. Each holds its lines: the code, the rate (not in the compact map), the grade with
   * the inspection's two-digit year ("Inad ’17") where that fits, else the grade and the year on a line of its own.
   * Where a cell is too narrow for a text at theme.fontSize, it writes a shorter form: the rate without its "%", "–"
   * for no rate, the grade's short word; the legend names each form, and each link's label, like the table, names
   * the force, its grade, scale, rate and year in full.
   */
  const draw = (width: number): Plot.PlotOptions => {
    const cellWidth = (width + gap) / gridColumns - gap;
    const fits = (text: string, bold = false) => textWidth(text, { bold }) <= cellWidth - 4;
    // The year as "’17" where every cell has room for it beside its grade word, else "17", else on a line of its own.
    const fullGrades = tiles.every((t) => fits(`${t.grade} ’${t.year?.slice(2) ?? ''}`));
    const gradeWord = (t: Tile) => (fullGrades ? t.grade : t.narrowGrade);
    const mark = ['’', ''].find((m) => tiles.every((t) => fits(`${gradeWord(t)} ${m}${t.year?.slice(2) ?? ''}`)));
    const yearBeside = mark !== undefined;
    const yy = (t: Tile) => (t.year ? `${mark ?? '’'}${t.year.slice(2)}` : '');
    // The compact map (the home page, which must fit two phone screens) writes no year line of its own: where the
    // year does not fit beside the grade, its notes give each scale's years instead, and the table each force's.
    const yearLine = !yearBeside && !compact;
    const fullRates = tiles.every((t) => fits(t.rate));
    const noRateText = fullRates ? noRate : '–';
    const rateText = (t: Tile) => (fullRates ? t.rate : t.rate === noRate ? noRateText : t.rate.replace(/%$/, ''));
    const lines: { text: (t: Tile) => string; bold?: boolean }[] = [
      { text: (t) => t.code, bold: true },
      ...(compact ? [] : [{ text: rateText }]),
      yearBeside ? { text: (t: Tile) => `${gradeWord(t)} ${yy(t)}`.trim() } : { text: gradeWord },
      ...(yearLine ? [{ text: (t: Tile) => t.year ?? '' }] : []),
    ];
    const cellHeight = compact ? lines.length * line + 6 : Math.max(cellWidth, lines.length * line + 6);
    const x = (t: Tile) => t.column * (cellWidth + gap);
    const y = (t: Tile) => t.row * (cellHeight + gap);
    const cellText = (text: (t: Tile) => string, dy: number, extra: Plot.TextOptions = {}) =>
      Plot.text(tiles, { x: (t: Tile) => x(t) + cellWidth / 2, y: (t: Tile) => y(t) + cellHeight / 2, dy, text, fill: (t: Tile) => t.text, ariaHidden: 'true', ...extra });
    const outline = (kind: 'cdi' | 'peel' | 'none') => ({ fill: 'fill', stroke: 'text', strokeWidth: kind === 'peel' ? 3 : kind === 'none' ? 1.5 : 1, strokeDasharray: kind === 'none' ? '4 3' : undefined });
    const kindOf = (scale: GradeScale | null) => (scale === null ? 'none' : scale === 'five-grade' ? 'peel' : 'cdi');

    // The legend runs under the map, one column per grade scale with the scale as its heading, each swatch holding
    // the word written in the cells and the grade beside it; where the two columns do not fit side by side, one
    // table instead: a row per grade, a column of swatches per scale.
    const wordOf = (grade: Grade | null) => (fullGrades ? tm.gradeWords[grade ?? 'none'].short : tm.gradeWords[grade ?? 'none'].narrow);
    const swatch = Math.max(36, ...entries.map((g) => textWidth(wordOf(g.grade)) + 10));
    // A legend row: a swatch a line high, 3 px apart.
    const step = line + 3;
    const groups = [
      { heading: tm.legendHeadings['four-grade'], entries: entries.filter((g) => g.scale !== 'five-grade') },
      { heading: tm.legendHeadings['five-grade'], entries: entries.filter((g) => g.scale === 'five-grade') },
    ].filter((g) => g.entries.length > 0);
    const groupWidth = (g: (typeof groups)[number]) => Math.max(textWidth(g.heading, { bold: true }), swatch + 6 + Math.max(...g.entries.map((e) => textWidth(e.name)))) + 16;
    const sideBySide = groups.reduce((sum, g) => sum + groupWidth(g), 0) <= width;
    const legendTop = gridRows * (cellHeight + gap) + 12;
    const swatchOf = (e: (typeof entries)[number], x: number, y: number) => ({ ...gradeStyles[e.grade ?? 'none'], word: wordOf(e.grade), kind: kindOf(e.scale), x, y });
    const { swatches, labels, headings, legendBottom } = sideBySide ? sideBySideLegend() : tableLegend();
    function sideBySideLegend() {
      const placed = groups.map((g, i) => ({ ...g, x: groups.slice(0, i).reduce((sum, h) => sum + groupWidth(h), 0), y: legendTop }));
      const rows = placed.flatMap((g) => g.entries.map((e, i) => ({ entry: e, x: g.x, y: g.y + (i + 1) * step })));
      return {
        swatches: rows.map((r) => swatchOf(r.entry, r.x, r.y)),
        labels: rows.map((r) => ({ text: r.entry.name, x: r.x + swatch + 6, y: r.y })),
        headings: placed.map((g) => ({ text: g.heading, x: g.x, y: g.y })),
        legendBottom: legendTop + (Math.max(...groups.map((g) => g.entries.length)) + 1) * step,
      };
    }
    function tableLegend() {
      const rank = (grade: Grade | null) => (grade === null ? allGrades.length : allGrades.indexOf(grade));
      const scales = (Object.keys(scaleWord) as GradeScale[]).filter((scale) => entries.some((e) => e.scale === scale));
      const column = Math.max(swatch, ...scales.map((scale) => textWidth(scaleWord[scale], { bold: true }))) + 8;
      // Best grade first, whichever scale has it; a force without a grade last.
      const names = [...new Set([...entries].sort((a, b) => rank(a.grade) - rank(b.grade)).map((e) => e.name))];
      // A force without a grade sits in the first scale's column: it has no scale, and its dashed outline says so.
      const columnOf = (e: (typeof entries)[number]) => Math.max(0, scales.indexOf(e.scale ?? scales[0]!));
      const rowOf = (e: (typeof entries)[number]) => legendTop + (names.indexOf(e.name) + 1) * step;
      return {
        swatches: entries.map((e) => swatchOf(e, columnOf(e) * column, rowOf(e))),
        labels: names.map((name, i) => ({ text: name, x: scales.length * column, y: legendTop + (i + 1) * step })),
        headings: [...scales.map((scale, i) => ({ text: scaleWord[scale], x: i * column, y: legendTop })), { text: tm.legendGrade, x: scales.length * column, y: legendTop }],
        legendBottom: legendTop + (names.length + 1) * step,
      };
    }
    type Entry = (typeof swatches)[number];
    // Each scale's years, where the cells do not write them.
    const scaleYears = (Object.keys(scaleWord) as GradeScale[]).flatMap((scale) => {
      const years = tiles.filter((t) => t.scale === scale && t.year).map((t) => t.year!);
      if (years.length === 0) return [];
      const [first, last] = [years.reduce((a, b) => (a < b ? a : b)), years.reduce((a, b) => (a > b ? a : b))];
      return [`${scaleWord[scale]} ${first === last ? first : `${first}–${last}`}`];
    });
    const yearsNote = tm.noteYears({ years: scaleYears.join(', ') });
    const notes = [
      ...(compact ? [] : [tm.noteNoRate({ text: noRateText })]),
      ...(compact || fullRates ? [] : [tm.notePercent]),
      ...(yearBeside
        ? [tm.noteYear({ yy: yy(tiles.find((tile) => tile.year) ?? tiles[0]!) || '’yy' })]
        : yearLine
          ? [tm.noteYearLine]
          : textWidth(yearsNote) <= width
            ? [yearsNote]
            : scaleYears.map((years) => tm.noteYears({ years }))),
    ];
    const notesTop = legendBottom + 4;
    const kinds = ['cdi', 'peel', 'none'] as const;
    return {
      width,
      height: notesTop + notes.length * line + 8,
      margin: 0,
      style: { fontSize: `${theme.fontSize}px` },
      x: { type: 'identity', axis: null },
      y: { type: 'identity', axis: null },
      color: { type: 'identity' },
      marks: [
        ...kinds.map((kind) =>
          Plot.rect(
            drawn.filter((t) => kindOf(t.scale) === kind),
            { x1: x, y1: y, x2: (t: Tile) => x(t) + cellWidth, y2: (t: Tile) => y(t) + cellHeight, ...outline(kind), href: (tile: Tile) => href(page(tile.force), base), ariaLabel: label },
          ),
        ),
        ...lines.map((l, i) => cellText(l.text, (i - (lines.length - 1) / 2) * line, l.bold ? { fontWeight: 'bold' } : {})),
        ...kinds.map((kind) =>
          Plot.rect(
            swatches.filter((l) => l.kind === kind),
            { x1: 'x', x2: (l: Entry) => l.x + swatch, y1: 'y', y2: (l: Entry) => l.y + line, ...outline(kind), ariaHidden: 'true' },
          ),
        ),
        Plot.text(headings, { x: 'x', y: (h: (typeof headings)[number]) => h.y + line / 2, text: 'text', textAnchor: 'start', fill: theme.ink, fontWeight: 'bold', ariaHidden: 'true' }),
        Plot.text(swatches, { x: (l: Entry) => l.x + swatch / 2, y: (l: Entry) => l.y + line / 2, text: 'word', fill: 'text', ariaHidden: 'true' }),
        Plot.text(labels, { x: 'x', y: (l: (typeof labels)[number]) => l.y + line / 2, text: 'text', textAnchor: 'start', fill: theme.ink, ariaHidden: 'true' }),
        Plot.text(notes, { x: 0, y: (_: string, i: number) => notesTop + i * line + line / 2, text: (d: string) => d, textAnchor: 'start', fill: theme.ink, ariaHidden: 'true' }),
      ],
    };
  };
  const id = compact ? 'force-map' : 'tile-map';
  const { svg, image, drawings } = renderPlot(draw, { id, label: summary, role: 'group' });

  return {
    id,
    question: null,
    heading: tm.heading,
    figures: [],
    source: { name: tm.source, url: publicationsUrl, provenance: ['published'] },
    summary,
    svg,
    image,
    drawings,
    data: chartData(columns, tiles),
    table: {
      caption: tm.caption,
      columns: [...tm.columns],
      rows: tiles.map((tile) => [name(tile.force), tile.code, tile.scale ? `${tile.gradeLabel} (${scaleWord[tile.scale]})` : tile.gradeLabel, rateOrWhy(tile), yearText(tile)]),
    },
    notPublished: national.forces.filter((f) => !forceGrid.some((p) => p.id === f.force.id)).map((f) => tm.notPlaced({ force: name(f) })),
  };
}
