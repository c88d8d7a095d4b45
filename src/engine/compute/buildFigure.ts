import type { FindingInput, InspectionInput } from '../validate/rowSchemas.ts';
import { warning, type Absence, type Measure, type Problem } from '../vocabulary.ts';
import { agreesWithPrinted, formatCount, formatHalfWidth, formatOver, formatPercent } from './format.ts';
import type { Figure, Status } from './model.ts';
import { normalInterval, roundDownSignificant, unrecordedEstimate, unrecordedRange } from './stats/index.ts';

/** Computed figures are printed as the inspectorate prints them: rates to 1 decimal place, intervals to 2. */
const rateDecimals = 1;
const halfWidthDecimals = 2;

/**
 * Computes one figure from one findings row. A figure as printed by the source always wins;
 * where the counts give a different value beyond the printed rounding, a warning names the row.
 */
export function buildFigure(f: FindingInput, measure: Measure, inspection: InspectionInput, file: string, sourceText: string | null = null, fromAudit = false): { figure: Figure; problems: Problem[] } {
  const problems: Problem[] = [];
  const disagree = (field: string, printed: string, computed: string) =>
    problems.push(warning(file, `the published ${printed} disagrees with ${computed} computed from ${f.numerator} of ${f.denominator}; the published figure is kept`, { line: f.line, field }));

  const counts = f.numerator !== null && f.denominator !== null && f.denominator > 0 ? { x: f.numerator, n: f.denominator } : null;
  const fromCounts = counts ? normalInterval(counts.x, counts.n) : null;

  // What is worked out here is "computed" from published counts, or "audit" where the row was counted from an audit sheet.
  const here: Status = fromAudit ? 'audit' : 'computed';
  // A computed row holds a rate only when the engine estimated it (an audit sheet's stratified overall).
  const given: Status = f.status === 'computed' ? here : 'published';
  let rate: Figure['rate'] = null;
  if (f.ratePct) {
    rate = { value: f.ratePct.value, text: formatPercent(f.ratePct.value, f.ratePct.decimals), status: given };
    if (fromCounts && !agreesWithPrinted(fromCounts.p * 100, f.ratePct)) disagree('rate_pct', `rate ${rate.text}`, formatPercent(fromCounts.p * 100, 2));
  } else if (fromCounts && measure.shape === 'proportion') {
    rate = { value: fromCounts.p * 100, text: formatPercent(fromCounts.p * 100, rateDecimals), status: here };
  }

  let interval: Figure['interval'] = null;
  const boundDecimals = Math.max(1, f.ratePct?.decimals ?? rateDecimals);
  if (rate && f.ciPm) {
    interval = bounds(rate.value, f.ciPm.value, formatHalfWidth(f.ciPm.value, f.ciPm.decimals), boundDecimals, given);
    if (fromCounts && !agreesWithPrinted(fromCounts.halfWidth * 100, f.ciPm)) disagree('ci_pm', `interval ${interval.text}`, formatHalfWidth(fromCounts.halfWidth * 100, 3));
  } else if (rate && fromCounts && measure.audited) {
    const halfWidth = fromCounts.halfWidth * 100;
    interval = bounds(rate.value, halfWidth, formatHalfWidth(halfWidth, halfWidthDecimals), boundDecimals, here);
  }

  const notRecorded = measure.audited ? unrecorded(f, rate, interval, recordedCrimeFor(measure.id, inspection), here) : null;
  return {
    figure: {
      measure: measure.id,
      label: measure.label,
      phrase: measure.phrase,
      group: measure.group,
      shape: measure.shape,
      question: measure.question,
      numerator: f.numerator,
      denominator: f.denominator,
      countText: countText(f.numerator, f.denominator),
      rate,
      interval,
      unrecorded: notRecorded,
      additional: f.additionalRecorded === null ? null : { value: f.additionalRecorded, text: formatCount(f.additionalRecorded) },
      approx: f.approx,
      source: f.source,
      sourceText,
      note: f.note,
      line: f.line,
      printedDecimals: f.ratePct && f.status === 'published' ? f.ratePct.decimals : null,
      absent: {
        rate: rate ? null : absence(f, 'rate_pct'),
        interval: interval ? null : absence(f, 'ci_pm'),
        unrecorded: notRecorded ? null : absence(f, 'unrecorded_over'),
        count: f.numerator !== null ? null : absence(f, 'numerator'),
        additional: f.additionalRecorded !== null ? null : absence(f, 'additional_recorded'),
      },
      ...(f.status === 'pending' && { pending: true }),
      ...(fromAudit && { fromAudit: true }),
    },
    problems,
  };
}

/** Why a figure's cell is empty: the row says the source did not publish it, else we have not found it. */
const absence = (f: FindingInput, column: FindingInput['notPublished'][number]): Absence => (f.notPublished.includes(column) ? 'not-published' : 'not-found');

function bounds(value: number, halfWidth: number, text: string, decimals: number, status: Status): NonNullable<Figure['interval']> {
  const low = Math.max(0, value - halfWidth);
  const high = Math.min(100, value + halfWidth);
  const lowText = formatPercent(low, decimals);
  const highText = formatPercent(high, decimals);
  return { halfWidth, low, high, text, lowText, highText, rangeText: `${lowText} to ${highText}`, status };
}

function countText(numerator: number | null, denominator: number | null): string | null {
  if (numerator === null) return null;
  return denominator === null ? formatCount(numerator) : `${formatCount(numerator)} of ${formatCount(denominator)}`;
}

function recordedCrimeFor(measure: string, inspection: InspectionInput): number | null {
  if (measure === 'overall') return inspection.prcTotal;
  if (measure === 'violence') return inspection.prcViolence;
  if (measure === 'sexual-offences') return inspection.prcSexualOffences;
  return null;
}

function unrecorded(f: FindingInput, rate: Figure['rate'], interval: Figure['interval'], recordedCrime: number | null, here: Status): Figure['unrecorded'] {
  const p = rate ? rate.value / 100 : null;
  let over: number;
  let status: Status;
  if (f.unrecordedOver !== null) {
    over = f.unrecordedOver;
    status = 'published';
  } else if (recordedCrime !== null && p !== null && p > 0) {
    over = Math.floor(roundDownSignificant(unrecordedEstimate(recordedCrime, p)));
    status = here;
  } else return null;

  let range: NonNullable<Figure['unrecorded']>['range'] = null;
  if (interval && p !== null && p > 0 && p < 1 && interval.low > 0) {
    // Without police recorded crime, the published estimate implies the base it was computed from.
    const base = recordedCrime ?? (over * p) / (1 - p);
    const r = unrecordedRange(base, interval.low / 100, interval.high / 100);
    const low = roundSignificant(r.low);
    const high = roundSignificant(r.high);
    range = {
      low,
      high,
      text: `${formatCount(low)} to ${formatCount(high)}`,
      basis: recordedCrime === null ? 'estimate' : 'recorded-crime',
    };
  }
  // A printed estimate keeps its printed wording ("approximately 6,700"); one computed here is always "over N".
  const qualifier = status === 'published' ? (f.unrecordedQualifier ?? 'over') : 'over';
  return { over, qualifier, text: qualifier === 'over' ? formatOver(over) : `${qualifier} ${formatCount(over)}`, status, range };
}

const roundSignificant = (value: number) => Number(value.toPrecision(3));
