import type { Site } from '../compute/model.ts';
import type { NarrativeDocument } from '../load/loadInputs.ts';
import { inspectionKey, type Problem } from '../vocabulary.ts';
import { checkHouseStyle } from './checkHouseStyle.ts';
import { checkImages } from './checkImages.ts';
import { checkIntervalUnits } from './checkIntervalUnits.ts';
import { checkProseFigures } from './checkProseFigures.ts';

/** The check stage: each narrative as written (the text load read), against its computed report, the site's own images and the house style. */
export function checkNarratives(narratives: readonly NarrativeDocument[], site: Site): Problem[] {
  const reports = new Map(site.reports.map((r) => [r.key, r]));
  return narratives.flatMap((n) => {
    const report = reports.get(inspectionKey(n));
    return [...(report ? checkProseFigures(n.file, n.text, report) : []), ...checkImages(n.file, n.text), ...checkIntervalUnits(n.file, n.text), ...checkHouseStyle(n.file, n.text)];
  });
}
