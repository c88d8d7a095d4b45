/** A problem found in the inputs. Errors stop the build; warnings are printed and published data is kept. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the project root, as an inspector would open it. */
  file: string;
  line?: number;
  column?: number;
  field?: string;
  message: string;
}

export function error(file: string, message: string, at: Partial<Pick<Problem, 'line' | 'column' | 'field'>> = {}): Problem {
  return { severity: 'error', file, ...at, message };
}

export function warning(file: string, message: string, at: Partial<Pick<Problem, 'line' | 'column' | 'field'>> = {}): Problem {
  return { severity: 'warning', file, ...at, message };
}

/** Compiler-style, so that editors and terminals can jump to the place: `file:line:column: error: field: message`. */
export function formatProblem(problem: Problem): string {
  const place = [problem.file, problem.line, problem.line === undefined ? undefined : problem.column ?? 1]
    .filter((part) => part !== undefined)
    .join(':');
  const field = problem.field ? `${problem.field}: ` : '';
  return `${place}: ${problem.severity}: ${field}${problem.message}`;
}

/** Sorted by file and position, so that output is stable whatever order the checks ran in. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');
