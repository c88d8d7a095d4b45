import { checkNarratives } from './check/checkNarratives.ts';
import { buildSite } from './compute/buildSite.ts';
import type { Site } from './compute/model.ts';
import { loadInputs } from './load/loadInputs.ts';
import { validateInputs, type Inputs } from './validate/validateInputs.ts';
import { withoutDrafts } from './validate/withoutDrafts.ts';
import { hasErrors, inputFiles, sortProblems, type Problem } from './vocabulary.ts';

/**
 * data/ and content/ → load → validate → compute → check → the site model, and the inputs it was computed from.
 * Stops after the first stage that finds errors, but reports every error of that stage together.
 * Every input is validated; a report whose narrative is a draft is computed only with `drafts`, which also
 * computes the review of what changed since the latest release (the preview's and a --drafts build's review page).
 */
export function runPipeline(root: string, { drafts = false }: { drafts?: boolean } = {}): { site: Site | null; problems: Problem[]; inputs?: Inputs } {
  const loaded = loadInputs(root);
  if (hasErrors(loaded.problems)) return { site: null, problems: sortProblems(loaded.problems) };
  const validated = validateInputs(loaded.raw);
  const soFar = [...loaded.problems, ...validated.problems];
  if (hasErrors(soFar)) return { site: null, problems: sortProblems(soFar) };
  const inputs = drafts ? validated.inputs : withoutDrafts(validated.inputs);
  const computed = buildSite(inputs, inputFiles.findings, { review: drafts });
  const checked = checkNarratives(loaded.raw.narratives, computed.site, loaded.raw.welshNarratives);
  const problems = sortProblems([...soFar, ...computed.problems, ...checked]);
  return hasErrors(problems) ? { site: null, problems } : { site: computed.site, problems, inputs };
}
