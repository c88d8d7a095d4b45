import * as Plot from '@observablehq/plot';
import type { National, NationalReference } from '../../engine/compute/model.ts';
import { intervalDotX, lineHeight, rowLayout, tallyBarsPlot, theme, type IntervalRow } from './marks.ts';
import { renderPlot } from './plot.ts';
import { ruleLabel } from './ruleLabel.ts';
import { chartData, publicationsUrl, type ChartSpec, type ColumnOf } from './spec.ts';

const noInterval = 'interval not published';
/** Room above the first row for the median's label. */
const medianLabelHeight = 26;

interface Row extends IntervalRow {
  forceId: string;
  name: string;
  year: string;
  rateText: string;
  rangeText: string | null;
  from: string;
}

const yearUnknown = 'year not known';

/** The median and the national rate, drawn as rules, are rows of the data too, with no force id. */
const rateColumns: ColumnOf<Row>[] = [
  { name: 'force', title: 'Force (short name), the median of the rates, or the national inspection', type: 'string', value: (r) => r.name },
  { name: 'force_id', title: 'Force id, as in /data/figures.csv; empty for the median and the national rate', type: 'string', value: (r) => r.forceId },
  { name: 'year', title: 'Year of the rate', type: 'string', value: (r) => r.year },
  { name: 'rate_pct', title: 'Overall recording rate, in percent', type: 'number', value: (r) => r.value },
  { name: 'ci_low_pct', title: 'Lower bound of its 95% confidence interval, in percent; empty where not published', type: 'number', value: (r) => r.low },
  { name: 'ci_high_pct', title: 'Upper bound of its 95% confidence interval, in percent; empty where not published', type: 'number', value: (r) => r.high },
  { name: 'from_inspection', title: 'The inspection the rate is from', type: 'string', value: (r) => r.from },
];

interface GradeRow {
  scale: string;
  grade: string;
  label: string;
  count: number;
  text: string;
}

const gradeColumns: ColumnOf<GradeRow>[] = [
  { name: 'scale', title: 'Grade scale: four-grade (crime data integrity inspections, 2016–2020) or five-grade (PEEL, from 2021)', type: 'string', value: (r) => r.scale },
  { name: 'grade', title: 'Latest overall grade', type: 'string', value: (r) => r.grade },
  { name: 'forces_count', title: 'Forces with this grade, on this scale, as their latest', type: 'integer', value: (r) => r.count },
];

/**
 * Every force's latest published overall recording rate, highest first, each labelled with its year: a dot at the
 * rate on a bar spanning its 95% interval, with the median of those rates as a labelled rule, and the national rate
 * as a second rule labelled with its own year where the data has one. Forces without a rate are listed, never drawn at 0.
 */
export function nationalRatesChart(national: National): ChartSpec | null {
  const rows: Row[] = national.forces
    .flatMap((f) =>
      f.rate
        ? [
            {
              forceId: f.force.id,
              label: `${f.force.shortName} (${f.rate.year ?? yearUnknown})`,
              name: f.force.shortName,
              year: f.rate.year ?? yearUnknown,
              value: f.rate.value,
              rateText: f.rate.text,
              low: f.rate.interval?.low ?? null,
              high: f.rate.interval?.high ?? null,
              rangeText: f.rate.interval?.rangeText ?? null,
              from: f.rate.from.title,
            },
          ]
        : [],
    )
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  const median = national.median;
  if (rows.length === 0 || !median) return null;
  const reference = national.reference;
  const line = reference?.rate ? { ...reference, rate: reference.rate } : null;

  const highest = rows[0]!;
  const lowest = rows.at(-1)!;
  const withoutInterval = rows.filter((r) => r.low === null).length;
  const summary = [
    `${rows.length} of ${national.forces.length} forces have a published overall recording rate.`,
    rows.length > 1 ? `The latest rates run from ${lowest.rateText} (${lowest.name}, ${lowest.year}) to ${highest.rateText} (${highest.name}, ${highest.year}).` : '',
    `The median of these ${median.count} latest rates is ${median.text}: half of these forces are at or above it and half at or below. It is not a national recording rate.`,
    withoutInterval > 0 ? `${withoutInterval} of the rates ${withoutInterval === 1 ? 'was' : 'were'} published without a 95% interval.` : '',
    reference ? referenceSentence(reference) : '',
  ]
    .filter((s) => s !== '')
    .join(' ');

  const floor = Math.max(0, Math.floor(Math.min(...rows.map((r) => r.low ?? r.value), line?.rate.value ?? 100) / 10) * 10 - 10);
  const medianLabel = `Median ${median.text}`;
  // Each rule's label has a line of its own above the rows, so that two rules close together never overprint; the
  // national label, which may run left over the force names, keeps a blank line between it and the first row.
  const nationalLabel = line ? `${line.label}: ${line.rate.text}` : '';
  const { svg, image, drawings } = renderPlot(
    (width) => {
      const { options, rowLabels, valueLabels, xTicks, xLabel } = rowLayout(
        rows.map((r) => r.label),
        { width, xAxis: true, valueTexts: rows.map((r) => r.rateText), valueDx: 10 },
      );
      const [marginLeft, marginRight] = [options.marginLeft as number, options.marginRight as number];
      // The national label runs from its line towards the middle of the chart, so that a line near an edge keeps its
      // label in view; where the chart is too narrow for that, to the side with room, or broken into lines.
      const national = line
        ? ruleLabel(nationalLabel, marginLeft + ((line.rate.value - floor) / (100 - floor)) * (width - marginLeft - marginRight), width, line.rate.value < (floor + 100) / 2 ? 'start' : 'end')
        : null;
      // The extra lines of a broken national label, in whole px (the drawing's size stays whole), below its first line.
      const extra = national ? Math.ceil((national.lines.length - 1) * lineHeight * theme.fontSize) : 0;
      const labelLines = line ? 3 : 1;
      return {
        ...options,
        height: (options.height as number) + labelLines * medianLabelHeight + extra,
        marginTop: (options.marginTop as number) + labelLines * medianLabelHeight + extra,
        x: { domain: [floor, 100], ticks: xTicks, ...xLabel('Latest overall recording rate (%)') },
        marks: [
          Plot.ruleX([median.value], { stroke: theme.ink, strokeDasharray: '4 3', strokeWidth: 1.5 }),
          Plot.text([medianLabel], { x: median.value, frameAnchor: 'top', dy: -labelLines * medianLabelHeight - extra + 4, textAnchor: 'middle', fill: theme.ink, fontWeight: 'bold' }),
          ...(line && national
            ? [
                Plot.ruleX([line.rate.value], { stroke: theme.dark, strokeWidth: 2 }),
                Plot.text([national.lines.join('\n')], {
                  x: line.rate.value,
                  frameAnchor: 'top',
                  // Its first line where a one-line label is written, the others below it.
                  dy: -2 * medianLabelHeight + 4 - extra,
                  lineHeight,
                  textAnchor: national.textAnchor,
                  fill: theme.dark,
                  fontWeight: 'bold',
                }),
              ]
            : []),
          intervalDotX(rows),
          rowLabels(rows),
          valueLabels(rows, { x: (r: Row) => r.high ?? r.value, text: 'rateText', stroke: 'white', strokeWidth: 4, paintOrder: 'stroke' }),
        ],
      };
    },
    { id: 'national-rates', label: summary },
  );

  return {
    id: 'national-rates',
    question: null,
    heading: 'Latest overall recording rate of each force',
    figures: [],
    source: { name: 'HMICFRS crime data integrity inspections, each force’s latest published overall rate', url: publicationsUrl, provenance: ['published'] },
    summary,
    svg,
    image,
    drawings,
    data: chartData(rateColumns, [
      ...rows,
      { forceId: '', label: '', name: `Median of the ${median.count} latest rates`, year: '', value: median.value, rateText: median.text, low: null, high: null, rangeText: null, from: '' },
      ...(line ? [{ forceId: '', label: '', name: `${line.name} (national inspection)`, year: line.inspection.year ?? yearUnknown, value: line.rate.value, rateText: line.rate.text, low: null, high: null, rangeText: null, from: line.inspection.title }] : []),
    ]),
    table: {
      caption: `Latest published overall recording rate of each force, highest first, with its year, its 95% confidence interval and the median of these rates${line ? ', and the national rate' : ''}`,
      columns: ['Force', 'Year', 'Latest recording rate', '95% confidence interval', 'From'],
      rows: [
        ...rows.map((r) => [r.name, r.year, r.rateText, r.rangeText ?? noInterval, r.from]),
        [`Median of the ${median.count} latest rates`, 'not applicable', median.text, 'not applicable', 'the rates above'],
        ...(line ? [[`${line.name} (national inspection)`, line.inspection.year ?? yearUnknown, line.rate.text, noInterval, line.inspection.title]] : []),
      ],
    },
    notPublished: [
      ...national.forces.filter((f) => !f.rate).map((f) => `${f.force.shortName}: not published`),
      ...(reference && !line ? [`${reference.label} (national inspection): no exact recording rate published${reference.approx ? ` (given as “${reference.approx}”)` : ''}`] : []),
    ],
  };
}

/** What the chart says of the national figure: drawn as a line labelled with its year, or why it is not drawn. */
function referenceSentence(reference: NationalReference): string {
  const estimate = reference.unrecordedText ? `; it estimated that ${reference.unrecordedText} crimes a year were not recorded` : '';
  if (reference.rate) {
    return `The solid line is the national recording rate, ${reference.rate.text} (${reference.label}): it is from ${reference.inspection.year ?? 'a year not known'}, not from the years of the forces' rates${estimate}.`;
  }
  const given = reference.approx ? `, only the press rounding “${reference.approx}”` : '';
  return `No national line is drawn: the national inspection (${reference.label}) published no exact national recording rate${given}${estimate}.`;
}

/** Short name of a scale on the chart's row labels. */
const scaleShort = { 'four-grade': 'CDI', 'five-grade': 'PEEL' } as const;

/**
 * How many forces have each overall grade as their latest, as labelled bars, one block of rows per grade scale
 * (never summed across scales: "requires improvement" on the four-grade scale is not the same judgment as on the
 * five-grade one). A scale no force's latest grade is on is left out and said so.
 */
export function gradeSpreadChart(national: National): ChartSpec {
  const used = national.grades.filter((s) => s.counts.some((c) => c.count > 0));
  const rows: GradeRow[] = used.flatMap((s) =>
    s.counts.map((c) => ({ scale: s.scale, grade: c.label, label: `${scaleShort[s.scale]}: ${c.label}`, count: c.count, text: `${c.count} ${c.count === 1 ? 'force' : 'forces'}` })),
  );
  const summary = [
    `Latest overall grade of the ${national.forces.length} forces, counted separately on each grade scale.`,
    ...used.map((s) => `${s.label}: ${s.counts.map((c) => `${c.label.toLowerCase()}, ${c.count} ${c.count === 1 ? 'force' : 'forces'}`).join('; ')}.`),
    `${national.ungraded} ${national.ungraded === 1 ? 'force has' : 'forces have'} no overall grade in this data.`,
  ].join(' ');
  const { svg, image, drawings } = renderPlot(
    (width) => tallyBarsPlot(rows, width, { max: Math.max(1, ...rows.map((r) => r.count)), axis: null }),
    { id: 'grade-spread', label: summary },
  );
  return {
    id: 'grade-spread',
    question: null,
    heading: 'Latest overall grade of each force, by grade scale',
    figures: [],
    source: { name: 'HMICFRS crime data integrity and PEEL inspections, each force’s latest published overall grade', url: publicationsUrl, provenance: [] },
    summary,
    svg,
    image,
    drawings,
    data: chartData(gradeColumns, rows),
    table: {
      caption: 'Number of forces by their latest overall grade, on each grade scale',
      columns: ['Grade scale', 'Latest overall grade', 'Forces'],
      rows: rows.map((r) => [scaleShort[r.scale as keyof typeof scaleShort], r.grade, String(r.count)]),
    },
    notPublished: [
      ...national.grades.filter((s) => !used.includes(s)).map((s) => `${s.label}: no force’s latest grade is on this scale`),
      `${national.ungraded} ${national.ungraded === 1 ? 'force' : 'forces'}: no overall grade in this data`,
    ],
  };
}
