/**
 * "# key: value" lines that head a CSV download. A line break inside a value would end the comment,
 * so values are kept to one line.
 */
export function commentBlock(entries: readonly (readonly [string, string])[]): string {
  return entries.map(([key, value]) => `# ${key}: ${value.replace(/\s*[\r\n]+\s*/g, ' ')}\n`).join('');
}
