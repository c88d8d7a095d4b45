import { buildSite } from '../engine/compute/buildSite.ts';
import type { Report } from '../engine/compute/model.ts';
import { loadInputs } from '../engine/load/loadInputs.ts';
import { validateInputs } from '../engine/validate/validateInputs.ts';
import { formatProblem, hasErrors, inputFiles } from '../engine/vocabulary.ts';

/**
 * The computed report of one inspection, to hold a draft to its figures (import) or to fill them in (export).
 * Problems in the inspection's own narrative do not stop it, since the draft is there to replace it; any other
 * input error does, because figures cannot be trusted from data that does not validate.
 */
export function inspectionReport(root: string, key: string): { report: Report; narrativeFile: string } {
  const narrativeFile = `${inputFiles.reports}/${key}.md`;
  const others = (problems: ReturnType<typeof loadInputs>['problems']) => problems.filter((p) => p.file !== narrativeFile);
  const loaded = loadInputs(root);
  const validated = validateInputs(loaded.raw);
  const problems = others([...loaded.problems, ...validated.problems]);
  if (hasErrors(problems)) throw new Error(`the inputs have errors; fix them first (npm run check):\n${problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n')}`);
  const inputs = { ...validated.inputs, narratives: validated.inputs.narratives.filter((n) => n.file !== narrativeFile) };
  const report = buildSite(inputs, inputFiles.findings).site.reports.find((r) => r.key === key);
  if (!report) {
    const [force = '', slug = ''] = key.split('/');
    throw new Error(`there is no inspection "${slug}" of "${force}" in ${inputFiles.inspections}: start it with npm run new -- ${force} <kind> <year>`);
  }
  return { report, narrativeFile };
}
