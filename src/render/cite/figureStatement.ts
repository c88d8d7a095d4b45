import type { Figure } from '../../engine/compute/model.ts';

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
