import type { Site } from '../compute/model.ts';
import type { NarrativeDocument } from '../load/loadInputs.ts';
import { inspectionKey, type Problem } from '../vocabulary.ts';
import { checkHouseStyle } from './checkHouseStyle.ts';
import { checkImages } from './checkImages.ts';
import { checkIntervalUnits } from './checkIntervalUnits.ts';
import { checkProseFigures } from './checkProseFigures.ts';
import { checkProseGrades } from './checkProseGrades.ts';
import { compareWithEnglish } from './compareWithEnglish.ts';

/**
 * The check stage: each narrative as written (the text load read), against its computed report (figures and grades), the site's own
 * images and the house style. A Welsh narrative gets the same checks, and is compared with its English one.
 */
export function checkNarratives(narratives: readonly NarrativeDocument[], site: Site, welsh: readonly NarrativeDocument[] = []): Problem[] {
  const reports = new Map(site.reports.map((r) => [r.key, r]));
  const english = new Map(narratives.map((n) => [inspectionKey(n), n]));
  const check = (n: NarrativeDocument) => {
    const report = reports.get(inspectionKey(n));
    return [...(report ? [...checkProseFigures(n.file, n.text, report), ...checkProseGrades(n.file, n.text, report)] : []), ...checkImages(n.file, n.text), ...checkIntervalUnits(n.file, n.text), ...checkHouseStyle(n.file, n.text)];
  };
  return [...narratives.flatMap(check), ...welsh.flatMap((n) => [...check(n), ...compareWithEnglish(english.get(inspectionKey(n)), n)])];
}
