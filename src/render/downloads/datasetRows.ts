import type { Site } from '../../engine/compute/model.ts';
import { absoluteUrl } from '../meta/absoluteUrl.ts';
import type { FigureRow } from './figureColumns.ts';
import type { InspectionRow } from './inspectionColumns.ts';

/** Every inspection, by force and slug, and each one's figures in the order the report presents them, with absolute page URLs. */
export function datasetRows(site: Site, siteUrl: URL | undefined): { inspections: InspectionRow[]; figures: FigureRow[] } {
  const inspections = [...site.reports]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((report) => ({ report, pageUrl: absoluteUrl(report.url, siteUrl) }));
  return { inspections, figures: inspections.flatMap(({ report, pageUrl }) => report.figures.map((figure) => ({ report, figure, pageUrl }))) };
}
