import { formatProblem, hasErrors, type Problem } from '../src/engine/vocabulary.ts';

/** Prints problems compiler-style to stderr and a one-line tally; returns whether the run may go on. */
export function report(problems: readonly Problem[]): boolean {
  for (const problem of problems) console.error(formatProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length) console.error(`${errors} error(s), ${warnings} warning(s)`);
  return !hasErrors(problems);
}
