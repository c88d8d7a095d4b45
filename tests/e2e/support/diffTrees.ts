/** Files that differ between two hashed trees, or exist in only one, each with why; empty when identical. */
export function diffTrees(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.flatMap((path) => {
    if (!b.has(path)) return [`${path}: only in the first`];
    if (!a.has(path)) return [`${path}: only in the second`];
    return a.get(path) === b.get(path) ? [] : [`${path}: contents differ`];
  });
}
