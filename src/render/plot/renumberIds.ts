/**
 * Renames Plot's generated ids (`plot-clip-7`, `plot-pattern-3`) to `<prefix>-clip-1`, … numbered per kind
 * in order of appearance, and rewrites every `url(#…)` and `#…` reference to them. Plot numbers ids with a
 * process-wide counter, so without this the output depends on what was rendered before, and two charts
 * rendered in different processes can share an id on one page.
 */
export function renumberIds(root: Element, prefix: string): void {
  const elements = [root, ...root.querySelectorAll('*')];
  const renamed = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const element of elements) {
    const id = element.getAttribute('id');
    const kind = id?.match(/^plot-([a-z]+)-\d+$/)?.[1];
    if (!id || !kind) continue;
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    renamed.set(id, `${prefix}-${kind}-${n}`);
    element.setAttribute('id', `${prefix}-${kind}-${n}`);
  }
  if (renamed.size === 0) return;
  for (const element of elements) {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? '';
      const rewritten = value.replace(/#(plot-[a-z]+-\d+)(?![\w-])/g, (reference, id: string) => (renamed.has(id) ? `#${renamed.get(id)}` : reference));
      if (rewritten !== value) element.setAttribute(name, rewritten);
    }
  }
}
