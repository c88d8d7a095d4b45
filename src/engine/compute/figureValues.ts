import { provenanceWords } from '../vocabulary.ts';
import { figureStatus } from './figureStatus.ts';
import { plainNumber } from './format.ts';
import type { Figure } from './model.ts';

/** The columns of /data/figures.csv that hold a figure's values: a change in any of them is a changed figure. */
export const valueColumns = [
  'numerator',
  'denominator',
  'rate_pct',
  'rate_status',
  'ci_half_width_pct',
  'unrecorded_over',
  'unrecorded_qualifier',
  'additional_recorded',
  'approx',
  'pending',
] as const;

export type ValueColumn = (typeof valueColumns)[number];

const number = (value: number | null | undefined) => (value === null || value === undefined ? null : plainNumber(value));

/**
 * A figure's values as the dataset gives them, null where not published: the figures download writes these
 * columns, and the change log compares them with each release.
 */
export function figureValues(figure: Figure): Record<ValueColumn, string | number | boolean | null> {
  return {
    numerator: figure.numerator,
    denominator: figure.denominator,
    rate_pct: number(figure.rate?.value),
    rate_status: figure.rate ? provenanceWords[figureStatus(figure) ?? 'published'] : null,
    ci_half_width_pct: number(figure.interval?.halfWidth),
    unrecorded_over: figure.unrecorded?.over ?? null,
    unrecorded_qualifier: figure.unrecorded?.qualifier ?? null,
    additional_recorded: figure.additional?.value ?? null,
    approx: figure.approx,
    pending: figure.pending === true,
  };
}
