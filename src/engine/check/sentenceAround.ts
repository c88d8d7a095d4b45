/** The sentence of `prose` around `offset`: from the last full stop, blank line or heading before it to the next. */
export function sentenceAround(prose: string, offset: number): string {
  const before = prose.slice(0, offset);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'), before.lastIndexOf('\n#'), 0);
  const rest = prose.slice(offset);
  const end = rest.search(/\.\s|\n\n/);
  return prose.slice(start, end === -1 ? prose.length : offset + end);
}
