/** One step of a diff: an item both sequences share, or one only the earlier (removed) or the later (added) has. */
export interface DiffStep<T> {
  op: 'same' | 'removed' | 'added';
  value: T;
}

/**
 * The shortest edit from `before` to `after`: a longest common subsequence (dynamic programming, O(n·m), for the
 * few dozen sentences of a section or words of a sentence), as steps in reading order. Where a run of removals
 * and additions meet, the removals come first.
 */
export function diffSequences<T>(before: readonly T[], after: readonly T[], equal: (a: T, b: T) => boolean = Object.is): DiffStep<T>[] {
  const n = before.length;
  const m = after.length;
  // common(i, j): the length of the longest common subsequence of before[i..] and after[j..].
  const table = new Uint32Array((n + 1) * (m + 1));
  const common = (i: number, j: number): number => table[i * (m + 1) + j] ?? 0;
  const same = (i: number, j: number): boolean => i < n && j < m && equal(before[i] as T, after[j] as T);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) table[i * (m + 1) + j] = same(i, j) ? common(i + 1, j + 1) + 1 : Math.max(common(i + 1, j), common(i, j + 1));
  }
  const steps: DiffStep<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (same(i, j)) {
      steps.push({ op: 'same', value: after[j++] as T });
      i++;
    } else if (i < n && (j === m || common(i + 1, j) >= common(i, j + 1))) steps.push({ op: 'removed', value: before[i++] as T });
    else steps.push({ op: 'added', value: after[j++] as T });
  }
  return steps;
}
