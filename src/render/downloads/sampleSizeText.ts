import { figureOf } from '../figureOf.ts';
import { findMeasure } from '../../engine/vocabulary.ts';
import type { Figure, Report } from '../../engine/compute/model.ts';

/**
 * The bases of the plotted figures: "1,396 crime reports were audited; not published for All crime; 524 for Violence…".
 * A breakdown part shares its parent's base, so it is named once, with the parent.
 */
export function sampleSizeText(report: Report, figures: readonly Figure[]): string {
  const audited = figureOf(report, 'reports-audited');
  const measures = new Set(figures.map((figure) => figure.measure));
  const bases = figures
    .filter((figure) => figure.shape === 'proportion')
    .filter((figure) => !measures.has(findMeasure(figure.measure)?.partOf ?? ''))
    .map((figure) => {
      const of = figure.countText?.indexOf(' of ') ?? -1;
      return `${of >= 0 ? figure.countText?.slice(of + 4) : 'not published'} for ${figure.label}`;
    });
  const parts = [...(audited?.countText ? [`${audited.countText} ${audited.phrase}`] : []), ...bases];
  return parts.length > 0 ? parts.join('; ') : 'not published';
}
