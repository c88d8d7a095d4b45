import type { Figure, Status } from './model.ts';

/**
 * How a figure was obtained, the one answer the figure table, the Source section and the downloads give: its rate's
 * status, else "published" for a count, press rounding or estimate (always as the source gave it); null for a
 * figure with no value at all (not published, or pending).
 */
export function figureStatus(figure: Figure): Status | null {
  if (figure.pending) return null;
  if (figure.fromAudit) return 'audit';
  if (figure.rate) return figure.rate.status;
  const hasValue = figure.countText !== null || figure.approx !== null || figure.unrecorded !== null || figure.additional !== null;
  return hasValue ? 'published' : null;
}
