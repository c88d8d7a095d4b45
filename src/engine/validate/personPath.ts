/** The name of one item of each front-matter list, as a person calls it. */
const itemNames: Readonly<Record<string, string>> = {
  summary: 'summary point',
  strengths: 'strength',
  areas_for_improvement: 'area for improvement',
  causes_of_concern: 'cause of concern',
  recommendations: 'recommendation',
  corrections: 'correction',
};

/**
 * A front-matter path as a person counts, from 1 and from the inside out:
 * ['causes_of_concern', 0, 'recommendations', 2, 'due'] → "due of recommendation 3 of cause of concern 1".
 */
export function personPath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  path.forEach((part, i) => {
    if (typeof part === 'number') {
      const list = String(path[i - 1] ?? '');
      parts[parts.length - 1] = `${itemNames[list] ?? list} ${part + 1}`;
    } else parts.push(String(part));
  });
  return parts.reverse().join(' of ');
}
