import { error, type Problem } from '../vocabulary.ts';
import { narrativeText } from './narrativeText.ts';

/** "±1.69%", "± 2 %": an interval written with a per-cent sign. */
const literal = /±\s?\d+(?:\.\d+)?\s?%/g;

/**
 * A 95% interval is a number of percentage points, not a percentage: "{{overall.ci}}%" or "±1.69%" reads as a
 * share of the rate. One error per interval so written, at its place.
 */
export function checkIntervalUnits(file: string, text: string): Problem[] {
  const { prose, placeholders, at } = narrativeText(text);
  const message = 'an interval is in percentage points, not per cent: write "{{measure.ci}} percentage points" (or "±1.7 percentage points")';
  const afterPlaceholder = placeholders
    .filter((p) => p.field === 'ci')
    .filter((p) => /^\{\{[^}]*\}\}\s?%/.test(text.slice(p.offset)))
    .map((p) => p.offset);
  const literals = [...prose.matchAll(literal)].map((m) => m.index);
  return [...afterPlaceholder, ...literals].sort((a, b) => a - b).map((offset) => error(file, message, at(offset)));
}
