import type { Figure, ForceRef, Report, Status } from '../engine/compute/model.ts';

/*
 * The words pages, downloads and citations use about figures: how each was obtained, where it was published,
 * and how to cite it. One table of status words, so that the page, the table, the CSV and the citation agree.
 */

/** How a value was obtained: as the source printed it, computed here from its counts, or a range computed here from its interval. */
export type Provenance = Status | 'range';

const statusWords: Record<Provenance, string> = {
  published: 'as published',
  computed: 'computed from counts',
  range: 'ranges computed from the 95% interval of the rate',
};

/** "as published", "computed from counts", or "ranges computed from the 95% interval of the rate". */
export function statusText(provenance: Provenance): string {
  return statusWords[provenance];
}

/** How a figure was obtained; a count or a press rounding is always as the source gave it. */
export function figureStatusText(figure: Figure): string {
  return statusText(figure.rate?.status ?? 'published');
}

/** "as published and computed from counts": each way the values were obtained, once, in order. */
export function provenanceText(provenance: readonly Provenance[]): string {
  return [...new Set(provenance.map(statusText))].join(' and ');
}

/** "Source: HMICFRS, <force>, <inspection title> (as published and computed from counts)". */
export function sourceLine(source: { name: string; provenance: readonly Provenance[] }): string {
  return `Source: ${source.name}${source.provenance.length > 0 ? ` (${provenanceText(source.provenance)})` : ''}`;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The report's figure for one measure, if the report gives it. */
export function figureOf(report: Report, measure: string): Figure | undefined {
  return report.figures.find((figure) => figure.measure === measure);
}

/** What a page says where a grade is missing: the 2014 dip samples predate graded inspections; elsewhere it was not published. */
export function missingGradeText(report: Report): string {
  return report.kind === 'dip-sample-2014' ? 'not graded' : 'not published';
}

/** The stable id of a figure on its report page, e.g. "figure-overall": citations and the data link to it. */
export function figureAnchor(measure: string): string {
  return `figure-${measure}`;
}

/**
 * A figure in words, from the model's pre-formatted text: "89.5% (±1.64) of reported crimes were recorded",
 * "1,396 crime reports were audited". A figure without a value reads "not published", never 0.
 */
export function figureStatement(figure: Figure): string {
  if (figure.pending) return `${figure.label}: not yet published`;
  if (figure.shape === 'count') return figure.countText ? `${figure.countText} ${figure.phrase}` : `${figure.label}: not published`;
  if (figure.rate) {
    const detail = [figure.interval?.text, figure.countText].filter((part) => part !== null && part !== undefined);
    return `${figure.rate.text}${detail.length > 0 ? ` (${detail.join('; ')})` : ''} of ${figure.phrase}`;
  }
  if (figure.approx) return `${figure.approx} of ${figure.phrase} (a press rounding; no exact figure is published)`;
  return `${figure.label}: not published`;
}

/** "HMICFRS, Metropolitan Police Service: Crime data integrity inspection 2018, published 17 July 2018" */
export function publicationText(report: Report): string {
  const published = report.published ? `published ${report.published.text}` : 'publication date not published';
  return `HMICFRS, ${report.force.name}: ${report.title}, ${published}`;
}

/**
 * Text to paste under a quoted figure: the figure, who published it and when, where it was printed,
 * whether it is as published or computed here, and the address of the figure on this site.
 * `pageUrl` is the report page's absolute canonical URL.
 */
export function citeFigure(report: Report, figure: Figure, pageUrl: string): string {
  return [
    `${report.force.name}: ${figureStatement(figure)}.`,
    `${publicationText(report)}.`,
    `${figure.source} (figure ${figureStatusText(figure)}).`,
    `Cited from ${pageUrl}#${figureAnchor(figure.measure)}`,
  ].join(' ');
}

/** Text to paste under a reproduced chart; `pageUrl` is the report page's absolute canonical URL. */
export function citeChart(report: Report, spec: { id: string; heading: string; source: { url: string } }, pageUrl: string): string {
  return [`${report.force.name}: ${spec.heading}.`, `${publicationText(report)}.`, `${spec.source.url}.`, `Cited from ${pageUrl}#${spec.id}`].join(' ');
}

/** Text to paste under a reproduced chart of a force across its inspections; `pageUrl` is the force page's absolute URL. */
export function citeForceChart(force: ForceRef, spec: { id: string; heading: string; source: { name: string; url: string } }, pageUrl: string): string {
  return [`${force.name}: ${spec.heading}.`, `${spec.source.name}.`, `${spec.source.url}.`, `Cited from ${pageUrl}#${spec.id}`].join(' ');
}
