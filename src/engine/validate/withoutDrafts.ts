import { inspectionKey } from '../vocabulary.ts';
import type { Inputs } from './validateInputs.ts';

/**
 * The inputs without the inspections whose narrative says `draft: true`, as if they were not there yet: no page,
 * no figure in the overview, comparisons or downloads. A later inspection that revisits a draft is kept.
 */
export function withoutDrafts(inputs: Inputs): Inputs {
  const drafts = new Set(inputs.narratives.filter((n) => n.frontMatter.draft).map(inspectionKey));
  if (drafts.size === 0) return inputs;
  const kept = <T extends { force: string; slug: string }>(rows: readonly T[]) => rows.filter((row) => !drafts.has(inspectionKey(row)));
  return {
    ...inputs,
    inspections: kept(inputs.inspections),
    findings: kept(inputs.findings),
    audits: kept(inputs.audits),
    narratives: kept(inputs.narratives),
    welshNarratives: kept(inputs.welshNarratives),
  };
}
