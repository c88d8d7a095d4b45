import { buildSite } from './compute/buildSite.ts';
import { inputFiles, loadInputs } from './load/loadInputs.ts';
import type { Site } from './model.ts';
import { hasErrors, sortProblems, type Problem } from './problems.ts';
import { checkNarrativeProse } from './validate/checkNarrativeProse.ts';
import { validateInputs } from './validate/validateInputs.ts';

/**
 * data/ and content/ → load → validate → compute → the site model.
 * Stops after the first stage that finds errors, but reports every error of that stage together.
 */
export function runPipeline(root: string): { site: Site | null; problems: Problem[] } {
  const loaded = loadInputs(root);
  if (hasErrors(loaded.problems)) return { site: null, problems: sortProblems(loaded.problems) };
  const validated = validateInputs(loaded.raw);
  const soFar = [...loaded.problems, ...validated.problems];
  if (hasErrors(soFar)) return { site: null, problems: sortProblems(soFar) };
  const computed = buildSite(validated.inputs, inputFiles.findings);
  const prose = checkNarrativeProse(root, validated.inputs.narratives, computed.site);
  const problems = sortProblems([...soFar, ...computed.problems, ...prose]);
  return { site: hasErrors(problems) ? null : computed.site, problems };
}
