import * as Plot from '@observablehq/plot';
import { isNational } from '../../engine/compute/buildNational.ts';
import { overallRate } from '../../engine/compute/latestFacts.ts';
import type { Report } from '../../engine/compute/model.ts';
import { hasWelshEdition, messages, type Locale } from '../../i18n/index.ts';
import { estimateText, reportTitle } from '../localised.ts';
import { chartLayouts } from './layouts.ts';
import { theme } from './marks.ts';
import { renderPlot } from './plot.ts';
import { chartData, publicationsUrl, type ChartSpec, type ColumnOf } from './spec.ts';

/** The year the PEEL programme started grading crime recording on the five-grade scale. */
const peelFrom = 2021;

interface Point {
  forceId: string;
  name: string;
  /** Where in time: the publication date as a fraction of its year, else the middle of the inspection's year. */
  at: number;
  year: string;
  value: number;
  text: string;
  inspection: string;
  national: boolean;
}

/** A national inspection with no exact rate: written on the chart as printed, never placed on the rate axis. */
interface Note {
  at: number;
  approx: string | null;
  year: string;
  text: string;
  inspection: string;
}

const columns: ColumnOf<Point>[] = [
  { name: 'force', title: 'Force (short name), or England and Wales for a national figure', type: 'string', value: (p) => p.name },
  { name: 'force_id', title: 'Force id, as in /data/figures.csv', type: 'string', value: (p) => p.forceId },
  { name: 'year', title: 'Year of the inspection', type: 'string', value: (p) => p.year },
  { name: 'rate_pct', title: 'Overall recording rate, in percent, as published or computed from counts', type: 'number', value: (p) => p.value },
  { name: 'level', title: 'national for a figure of England and Wales, force for a force’s', type: 'string', value: (p) => (p.national ? 'national' : 'force') },
  { name: 'inspection', title: 'The inspection the rate is from', type: 'string', value: (p) => p.inspection },
];

const at = (r: Report): number | null => {
  if (r.published) {
    const [y, m] = r.published.date.split('-').map(Number);
    return y! + (m! - 0.5) / 12;
  }
  return r.year ? Number(r.year) + 0.5 : null;
};

/**
 * The national picture over time: every exact overall recording rate the data holds, one dot per inspection, the
 * forces' in grey and England and Wales' in the foreground; a national figure without an exact rate (the 2014
 * inspection's quoted rounding) is written at its year as printed, never placed on the rate axis. Grades are not
 * drawn, so no scale is mixed. The summary says what the data does not hold: a national figure of the PEEL era.
 */
export function nationalSeriesChart(reports: readonly Report[], lang: Locale = 'en'): ChartSpec | null {
  const words = messages(lang);
  const t = words.chart.nationalSeries;
  // A force as the chart names it: its short name, in Welsh a Welsh force by its area's Welsh name.
  const name = (r: Report) => (lang !== 'en' && hasWelshEdition(r.force.id) ? words.area[r.force.id] : r.force.shortName);
  const points: Point[] = [];
  const notes: Note[] = [];
  for (const r of reports) {
    const x = at(r);
    if (x === null) continue;
    const rate = overallRate(r);
    const national = isNational(r.force);
    if (rate) points.push({ forceId: r.force.id, name: name(r), at: x, year: r.year ?? '', value: rate.rate.value, text: rate.rate.text, inspection: reportTitle(lang, r), national });
    else if (national) {
      const overall = r.figures.find((f) => f.measure === 'overall' && !f.pending && (f.approx || f.unrecorded));
      if (overall) notes.push({ at: x, year: r.year ?? '', inspection: reportTitle(lang, r), approx: overall.approx, text: [overall.approx ? t.quoted({ approx: overall.approx }) : '', overall.unrecorded ? t.unrecorded({ text: lang === 'en' ? overall.unrecorded.text : estimateText(lang, overall.unrecorded) }) : ''].filter(Boolean).join('; ') });
    }
  }
  if (points.length === 0 && notes.length === 0) return null;
  points.sort((a, b) => a.at - b.at || a.name.localeCompare(b.name));
  const forces = points.filter((p) => !p.national);
  const nationals = points.filter((p) => p.national);
  const years = [...points, ...notes].map((p) => p.at);
  const first = Math.floor(Math.min(...years));
  const last = Math.ceil(Math.max(...years, peelFrom + 1));
  const lastNational = Math.max(...[...nationals, ...notes].map((p) => Number(p.year) || 0), 0);
  const peelMissing = lastNational < peelFrom;

  const summary = [
    t.forces({ count: forces.length, from: forces[0]?.year ?? null, to: forces.at(-1)?.year ?? null }),
    nationals.length ? t.nationals({ rates: nationals.map((p) => ({ rate: p.text, year: p.year })) }) : t.noNationals,
    ...notes.map((n) => t.note(n)),
    peelMissing ? t.peelMissing({ from: peelFrom }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  const floor = Math.max(0, Math.floor(Math.min(...points.map((p) => p.value), 100) / 10) * 10 - 10);
  // Short labels inside the frame, so that they never overprint: the national figures without an exact rate at
  // their year along the foot (the national rates' labels sit near the top, under their diamonds), and the PEEL
  // years with no national figure at the top of their band (where, by then, there is no national rate).
  const labels = [
    ...notes.map((n) => ({ x: n.at, anchor: 'start' as const, text: t.noteLabel(n) })),
    ...(peelMissing ? [{ x: last, anchor: 'end' as const, text: t.noNationalFigure }] : []),
  ];
  const { svg, image, drawings } = renderPlot(
    (width) => ({
      width,
      // Shorter in the narrowest layout, so that the home page's chart, find box and map fit two phone screens.
      height: width < chartLayouts[1].width ? 200 : 270,
      marginTop: 28,
      marginLeft: 44,
      marginRight: 16,
      marginBottom: 44,
      style: { fontSize: `${theme.fontSize}px` },
      // Inset so that the first and last years' labels stay clear of the rate axis's labels and inside the frame.
      x: { domain: [first, last], inset: 20, ticks: Math.max(2, Math.min(last - first, Math.floor(width / 80))), tickFormat: (d: number) => String(d), label: t.axisYear, labelAnchor: 'center', labelArrow: 'none' },
      y: { domain: [floor, 100], label: t.axisRate, labelArrow: 'none', ticks: 4 },
      marks: [
        Plot.gridY({ ticks: 4, stroke: theme.light, strokeOpacity: 1 }),
        ...(peelMissing ? [Plot.rectX([peelFrom], { x1: peelFrom, x2: last, y1: floor, y2: 100, fill: theme.light, fillOpacity: 0.6 })] : []),
        Plot.ruleX(notes, { x: 'at', stroke: theme.dark, strokeWidth: 2, strokeDasharray: '4 3' }),
        Plot.dot(forces, { x: 'at', y: 'value', r: 3, fill: theme.grey, fillOpacity: 0.7 }),
        Plot.dot(nationals, { x: 'at', y: 'value', r: 7, symbol: 'diamond', fill: theme.dark, stroke: 'white' }),
        // Each national rate is written under its diamond, towards the middle of the chart, so that it stays inside the frame.
        ...(['start', 'end'] as const).map((anchor) =>
          Plot.text(
            nationals.filter((p) => (p.at < (first + last) / 2) === (anchor === 'start')),
            { x: 'at', y: 'value', text: 'text', dy: 16, textAnchor: anchor, fill: theme.dark, fontWeight: 'bold', stroke: 'white', strokeWidth: 4, paintOrder: 'stroke' },
          ),
        ),
        ...labels.map((l) =>
          Plot.text([l], {
            x: 'x',
            y: l.anchor === 'start' ? floor : 100,
            text: 'text',
            textAnchor: l.anchor,
            lineAnchor: l.anchor === 'start' ? 'bottom' : 'top',
            dy: l.anchor === 'start' ? -6 : 6,
            dx: l.anchor === 'start' ? 6 : -6,
            fill: theme.ink,
            fontWeight: 'bold',
            stroke: 'white',
            strokeWidth: 4,
            paintOrder: 'stroke',
          }),
        ),
      ],
    }),
    { id: 'national-series', label: summary },
  );
  return {
    id: 'national-series',
    question: null,
    heading: t.heading,
    figures: [],
    source: { name: t.source, url: publicationsUrl, provenance: ['published', 'computed'] },
    summary,
    svg,
    image,
    drawings,
    data: chartData(columns, points),
    table: {
      caption: t.caption,
      columns: [...t.columns],
      rows: points.map((p) => [p.national ? t.englandAndWales : p.name, p.year || words.latest.yearUnknown, p.text, p.inspection]),
    },
    notPublished: [
      ...notes.map((n) => t.notPublishedNote(n)),
      ...(peelMissing ? [t.notPublishedPeel({ from: peelFrom })] : []),
    ],
  };
}
