import * as Plot from '@observablehq/plot';
import type { National } from '../../engine/compute/model.ts';
import { intervalDotX, rowLayout, theme, type IntervalRow } from './marks.ts';
import { renderPlot } from './plot.ts';
import { chartData, type ChartSpec, type ColumnOf } from './spec.ts';

const noInterval = 'interval not published';
/** Room above the first row for the median's label. */
const medianLabelHeight = 26;

/** Every national chart draws from the inspectorate's publications index. */
const publicationsUrl = 'https://www.justiceinspectorates.gov.uk/hmicfrs/publications/';

interface Row extends IntervalRow {
  forceId: string;
  rateText: string;
  rangeText: string | null;
  from: string;
}

/** The median drawn as a rule is a row of the data too, with no force id. */
const rateColumns: ColumnOf<Row>[] = [
  { name: 'force', title: 'Force (short name), or the median of the rates', type: 'string', value: (r) => r.label },
  { name: 'force_id', title: 'Force id, as in /data/figures.csv; empty for the median', type: 'string', value: (r) => r.forceId },
  { name: 'rate_pct', title: 'Latest published overall recording rate, in percent', type: 'number', value: (r) => r.value },
  { name: 'ci_low_pct', title: 'Lower bound of its 95% confidence interval, in percent; empty where not published', type: 'number', value: (r) => r.low },
  { name: 'ci_high_pct', title: 'Upper bound of its 95% confidence interval, in percent; empty where not published', type: 'number', value: (r) => r.high },
  { name: 'from_inspection', title: 'The inspection the rate is from', type: 'string', value: (r) => r.from },
];

const gradeColumns: ColumnOf<{ label: string; count: number }>[] = [
  { name: 'grade', title: 'Latest overall grade', type: 'string', value: (r) => r.label },
  { name: 'forces_count', title: 'Forces with this grade as their latest', type: 'integer', value: (r) => r.count },
];

/**
 * Every force's latest published overall recording rate, highest first: a dot at the rate on a bar spanning its
 * 95% interval, with the median of those rates as a labelled rule. Forces without a rate are listed, never drawn at 0.
 */
export function nationalRatesChart(national: National): ChartSpec | null {
  const rows: Row[] = national.forces
    .flatMap((f) =>
      f.rate
        ? [{ forceId: f.force.id, label: f.force.shortName, value: f.rate.value, rateText: f.rate.text, low: f.rate.interval?.low ?? null, high: f.rate.interval?.high ?? null, rangeText: f.rate.interval?.rangeText ?? null, from: f.rate.from.title }]
        : [],
    )
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  const median = national.median;
  if (rows.length === 0 || !median) return null;

  const highest = rows[0]!;
  const lowest = rows.at(-1)!;
  const withoutInterval = rows.filter((r) => r.low === null).length;
  const summary = [
    `${rows.length} of ${national.forces.length} forces have a published overall recording rate.`,
    rows.length > 1 ? `The latest rates run from ${lowest.rateText} (${lowest.label}) to ${highest.rateText} (${highest.label}).` : '',
    `The median of these ${median.count} latest rates is ${median.text}: half of these forces are at or above it and half at or below. It is not a national recording rate.`,
    withoutInterval > 0 ? `${withoutInterval} of the rates ${withoutInterval === 1 ? 'was' : 'were'} published without a 95% interval.` : '',
  ]
    .filter((s) => s !== '')
    .join(' ');

  const { options, labelDy } = rowLayout(
    rows.map((r) => r.label),
    { xAxis: true, marginRight: 60 },
  );
  const floor = Math.max(0, Math.floor(Math.min(...rows.map((r) => r.low ?? r.value)) / 10) * 10 - 10);
  const medianLabel = `Median ${median.text}`;
  const { svg, image } = renderPlot(
    {
      ...options,
      height: (options.height as number) + medianLabelHeight,
      marginTop: (options.marginTop as number) + medianLabelHeight,
      x: { domain: [floor, 100], label: 'Latest overall recording rate (%)', labelAnchor: 'center', labelArrow: 'none' },
      marks: [
        Plot.ruleX([median.value], { stroke: theme.ink, strokeDasharray: '4 3', strokeWidth: 1.5 }),
        Plot.text([medianLabel], { x: median.value, frameAnchor: 'top', dy: -medianLabelHeight + 4, textAnchor: 'middle', fill: theme.ink, fontWeight: 'bold' }),
        intervalDotX(rows),
        Plot.text(rows, { y: 'label', text: 'label', frameAnchor: 'left', textAnchor: 'start', dy: labelDy, fill: theme.ink }),
        Plot.text(rows, { y: 'label', x: (r: Row) => r.high ?? r.value, text: 'rateText', textAnchor: 'start', dx: 10, fill: theme.ink, fontWeight: 'bold', stroke: 'white', strokeWidth: 4, paintOrder: 'stroke' }),
      ],
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
    data: chartData(rateColumns, [...rows, { forceId: '', label: `Median of the ${median.count} latest rates`, value: median.value, rateText: median.text, low: null, high: null, rangeText: null, from: '' }]),
    table: {
      caption: 'Latest published overall recording rate of each force, highest first, with its 95% confidence interval and the median of these rates',
      columns: ['Force', 'Latest recording rate', '95% confidence interval', 'From'],
      rows: [
        ...rows.map((r) => [r.label, r.rateText, r.rangeText ?? noInterval, r.from]),
        [`Median of the ${median.count} latest rates`, median.text, 'not applicable', 'the rates above'],
      ],
    },
    notPublished: national.forces.filter((f) => !f.rate).map((f) => `${f.force.shortName}: not published`),
  };
}

/** How many forces have each overall grade as their latest, best grade first, as labelled bars. */
export function gradeSpreadChart(national: National): ChartSpec {
  const rows = national.grades.map((g) => ({ label: g.label, count: g.count, text: `${g.count} ${g.count === 1 ? 'force' : 'forces'}` }));
  const summary = `Latest overall grade of the ${national.forces.length} forces: ${rows.map((r) => `${r.label.toLowerCase()}, ${r.text}`).join('; ')}.`;
  const { options, labelDy } = rowLayout(
    rows.map((r) => r.label),
    { xAxis: false, marginRight: 80 },
  );
  const { svg, image } = renderPlot(
    {
      ...options,
      x: { domain: [0, Math.max(1, ...rows.map((r) => r.count))], axis: null },
      marks: [
        Plot.barX(rows, { y: 'label', x: 'count', fill: theme.dark }),
        Plot.text(rows, { y: 'label', text: 'label', frameAnchor: 'left', textAnchor: 'start', dy: labelDy, fill: theme.ink }),
        Plot.text(rows, { y: 'label', x: 'count', text: 'text', textAnchor: 'start', dx: 6, fill: theme.ink, fontWeight: 'bold' }),
      ],
    },
    { id: 'grade-spread', label: summary },
  );
  return {
    id: 'grade-spread',
    question: null,
    heading: 'Latest overall grade of each force',
    figures: [],
    source: { name: 'HMICFRS crime data integrity and PEEL inspections, each force’s latest published overall grade', url: publicationsUrl, provenance: [] },
    summary,
    svg,
    image,
    data: chartData(gradeColumns, rows),
    table: { caption: 'Number of forces by their latest overall grade', columns: ['Latest overall grade', 'Forces'], rows: rows.map((r) => [r.label, String(r.count)]) },
    notPublished: [],
  };
}
