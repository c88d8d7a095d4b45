import type { Figure, Report } from '../../engine/compute/model.ts';
import { figureAnchor } from './figureAnchor.ts';
import { figureStatement } from './figureStatement.ts';
import { publicationText } from './publicationText.ts';
import { statusText } from './statusText.ts';

/**
 * Text to paste under a quoted figure: the figure, who published it and when, where it was printed,
 * whether it is as published or computed here, and the address of the figure on this site.
 * `pageUrl` is the report page's absolute canonical URL.
 */
export function citeFigure(report: Report, figure: Figure, pageUrl: string): string {
  return [
    `${report.force.name}: ${figureStatement(figure)}.`,
    `${publicationText(report)}.`,
    `${figure.source} (figure ${statusText(figure)}).`,
    `Cited from ${pageUrl}#${figureAnchor(figure.measure)}`,
  ].join(' ');
}
