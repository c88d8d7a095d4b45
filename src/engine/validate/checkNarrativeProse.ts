import { inspectionKey, type NarrativeInput } from '../inputs.ts';
import { readText } from '../load/readText.ts';
import type { Site } from '../model.ts';
import type { Problem } from '../problems.ts';
import { checkHouseStyle } from './checkHouseStyle.ts';
import { checkProseFigures } from './checkProseFigures.ts';

/** Runs the prose checks on each narrative file as written, against its computed report. */
export function checkNarrativeProse(root: string, narratives: readonly NarrativeInput[], site: Site): Problem[] {
  const reports = new Map(site.reports.map((r) => [r.key, r]));
  return narratives.flatMap((n) => {
    const read = readText(root, n.file);
    if ('problem' in read) return [read.problem];
    const report = reports.get(inspectionKey(n));
    return [...(report ? checkProseFigures(n.file, read.text, report) : []), ...checkHouseStyle(n.file, read.text)];
  });
}
