/**
 * A narrative body's sections, each `## Heading` with the markdown under it up to the next one, as written; the
 * text before the first heading belongs to none. The report page renders them, and the review compares them.
 */
export function bodySections(body: string): { heading: string; text: string }[] {
  const sections: { heading: string; lines: string[] }[] = [];
  for (const line of body.split('\n')) {
    const match = /^##\s+(.*?)\s*#*\s*$/.exec(line);
    if (match) sections.push({ heading: match[1] ?? '', lines: [] });
    else sections.at(-1)?.lines.push(line);
  }
  return sections.map(({ heading, lines }) => ({ heading, text: lines.join('\n') }));
}
