import * as Plot from '@observablehq/plot';
import type { National, NationalReference, Report } from '../../engine/compute/model.ts';
import type { Absence } from '../../engine/vocabulary.ts';
import { hasWelshEdition, messages, type Locale } from '../../i18n/index.ts';
import { estimateOf, inspectionTitle, rangeText, referenceNames } from '../localised.ts';
import { intervalDotX, lineHeight, rowLayout, tallyBarsPlot, theme, type IntervalRow } from './marks.ts';
import { renderPlot } from './plot.ts';
import { ruleLabel } from './ruleLabel.ts';
import { chartData, publicationsUrl, type ChartSpec, type ColumnOf } from './spec.ts';

/** Room above the first row for the median's label. */
const medianLabelHeight = 26;

interface Row extends IntervalRow {
  forceId: string;
  name: string;
  year: string;
  rateText: string;
  rangeText: string | null;
  /** Why there is no interval, where there is none. */
  intervalAbsence: Absence | null;
  from: string;
}

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

/** A force as the overview's charts name it: its short name, in another language a Welsh force by its area's name in it. */
const shortName = (lang: Locale, force: National['forces'][number]['force']): string => (lang !== 'en' && hasWelshEdition(force.id) ? messages(lang).area[force.id]! : force.shortName);

/**
 * Every force's latest published overall recording rate, highest first, each labelled with its year: a dot at the
 * rate on a bar spanning its 95% interval, with the median of those rates as a labelled rule, and the national rate
 * as a second rule labelled with its own year where the data has one. Forces without a rate are listed, never drawn at 0.
 * In `lang`, its words from the catalogue; `reports` name each inspection in it.
 */
export function nationalRatesChart(national: National, lang: Locale = 'en', reports: readonly Report[] = []): ChartSpec | null {
  const words = messages(lang);
  const t = words.chart.nationalRates;
  const yearUnknown = words.latest.yearUnknown;
  const noInterval = (absence: Absence | null) => words.chart.recordingRates.noInterval({ missing: words.absence('interval')[absence ?? 'not-found'] });
  const rows: Row[] = national.forces
    .flatMap((f) =>
      f.rate
        ? [
            {
              forceId: f.force.id,
              label: `${shortName(lang, f.force)} (${f.rate.year ?? yearUnknown})`,
              name: shortName(lang, f.force),
              year: f.rate.year ?? yearUnknown,
              value: f.rate.value,
              rateText: f.rate.text,
              low: f.rate.interval?.low ?? null,
              high: f.rate.interval?.high ?? null,
              rangeText: f.rate.interval ? rangeText(lang, f.rate.interval) : null,
              intervalAbsence: f.rate.intervalAbsence,
              from: inspectionTitle(lang, f.rate.from, reports),
            },
          ]
        : [],
    )
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  const median = national.median;
  if (rows.length === 0 || !median) return null;
  const reference = national.reference;
  const line = reference?.rate ? { ...reference, ...referenceNames(lang, reference), rate: reference.rate } : null;

  const highest = rows[0]!;
  const lowest = rows.at(-1)!;
  const withoutInterval = rows.filter((r) => r.low === null).length;
  const summary = [
    t.summaryCount({ count: rows.length, all: national.forces.length }),
    rows.length > 1
      ? t.summaryRange({ low: { rate: lowest.rateText, name: lowest.name, year: lowest.year }, high: { rate: highest.rateText, name: highest.name, year: highest.year } })
      : '',
    t.summaryMedian({ count: median.count, median: median.text }),
    withoutInterval > 0 ? t.summaryNoInterval({ count: withoutInterval }) : '',
    reference ? referenceSentence(reference, lang, reports) : '',
  ]
    .filter((s) => s !== '')
    .join(' ');

  const floor = Math.max(0, Math.floor(Math.min(...rows.map((r) => r.low ?? r.value), line?.rate.value ?? 100) / 10) * 10 - 10);
  const medianLabel = t.medianLabel({ median: median.text });
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
        x: { domain: [floor, 100], ticks: xTicks, ...xLabel(t.axis) },
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
    heading: t.heading,
    figures: [],
    source: { name: t.source, url: publicationsUrl, provenance: ['published'] },
    summary,
    svg,
    image,
    drawings,
    data: chartData(rateColumns, [
      ...rows,
      { forceId: '', label: '', name: t.medianRow({ count: median.count }), year: '', value: median.value, rateText: median.text, low: null, high: null, rangeText: null, intervalAbsence: 'not-applicable', from: '' },
      ...(line ? [{ forceId: '', label: '', name: t.nationalRow({ name: line.name }), year: line.inspection.year ?? yearUnknown, value: line.rate.value, rateText: line.rate.text, low: null, high: null, rangeText: null, intervalAbsence: line.rate.intervalAbsence, from: inspectionTitle(lang, line.inspection, reports) }] : []),
    ]),
    table: {
      caption: t.caption({ national: line !== null }),
      columns: [...t.columns],
      rows: [
        ...rows.map((r) => [r.name, r.year, r.rateText, r.rangeText ?? noInterval(r.intervalAbsence), r.from]),
        [t.medianRow({ count: median.count }), t.notApplicable, median.text, t.notApplicable, t.ratesAbove],
        ...(line ? [[t.nationalRow({ name: line.name }), line.inspection.year ?? yearUnknown, line.rate.text, noInterval(line.rate.intervalAbsence), inspectionTitle(lang, line.inspection, reports)]] : []),
      ],
    },
    notPublished: [
      ...national.forces.filter((f) => !f.rate).map((f) => t.notPublished({ name: shortName(lang, f.force) })),
      ...(reference && !line ? [t.referenceNotPublished({ label: referenceNames(lang, reference).label, approx: reference.approx })] : []),
    ],
  };
}

/** What the chart says of the national figure: drawn as a line labelled with its year, or why it is not drawn. */
function referenceSentence(reference: NationalReference, lang: Locale, reports: readonly Report[]): string {
  const t = messages(lang).chart.nationalRates;
  const { label } = referenceNames(lang, reference);
  const unrecorded = reference.unrecordedText === null ? null : estimateOf(lang, { text: reference.unrecordedText, from: reference.inspection }, reports);
  return reference.rate
    ? t.referenceLine({ rate: reference.rate.text, label, year: reference.inspection.year, unrecorded })
    : t.referenceNone({ label, approx: reference.approx, unrecorded });
}

/**
 * How many forces have each overall grade as their latest, as labelled bars, one block of rows per grade scale
 * (never summed across scales: "requires improvement" on the four-grade scale is not the same judgment as on the
 * five-grade one). A scale no force's latest grade is on is left out and said so.
 */
export function gradeSpreadChart(national: National, lang: Locale = 'en'): ChartSpec {
  const words = messages(lang);
  const t = words.chart.gradeSpread;
  /** Short name of a scale on the chart's row labels. */
  const scaleShort = words.latest.scale;
  const gradeName = (c: National['grades'][number]['counts'][number]) => (lang === 'en' ? c.label : `${words.grade[c.grade].charAt(0).toUpperCase()}${words.grade[c.grade].slice(1)}`);
  const used = national.grades.filter((s) => s.counts.some((c) => c.count > 0));
  const rows: GradeRow[] = used.flatMap((s) =>
    s.counts.map((c) => ({ scale: s.scale, grade: gradeName(c), label: `${scaleShort[s.scale]}: ${gradeName(c)}`, count: c.count, text: t.forces({ count: c.count }) })),
  );
  const summary = [
    t.summaryIntro({ count: national.forces.length }),
    ...used.map((s) => t.summaryScale({ scale: t.scale[s.scale], counts: s.counts.map((c) => ({ grade: gradeName(c), count: c.count })) })),
    t.summaryUngraded({ count: national.ungraded }),
  ].join(' ');
  const { svg, image, drawings } = renderPlot(
    (width) => tallyBarsPlot(rows, width, { max: Math.max(1, ...rows.map((r) => r.count)), axis: null }),
    { id: 'grade-spread', label: summary },
  );
  return {
    id: 'grade-spread',
    question: null,
    heading: t.heading,
    figures: [],
    source: { name: t.source, url: publicationsUrl, provenance: [] },
    summary,
    svg,
    image,
    drawings,
    data: chartData(gradeColumns, rows),
    table: {
      caption: t.caption,
      columns: [...t.columns],
      rows: rows.map((r) => [scaleShort[r.scale as keyof typeof scaleShort], r.grade, String(r.count)]),
    },
    notPublished: [...national.grades.filter((s) => !used.includes(s)).map((s) => t.notOnScale({ scale: t.scale[s.scale] })), t.ungraded({ count: national.ungraded })],
  };
}
