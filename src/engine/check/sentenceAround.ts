/** The sentence of `prose` around `offset`: from the last full stop, blank line, heading or list item before it to the next. */
export function sentenceAround(prose: string, offset: number): string {
  const before = prose.slice(0, offset);
  const listItem = Math.max(...[...before.matchAll(/\n\s*- /g)].map((m) => m.index), -1);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'), before.lastIndexOf('\n#'), listItem, 0);
  const rest = prose.slice(offset);
  const end = rest.search(/\.\s|\n\n|\n\s*- /);
  return prose.slice(start, end === -1 ? prose.length : offset + end);
}
