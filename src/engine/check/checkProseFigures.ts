import type { Report } from '../compute/model.ts';
import { error, type Problem } from '../vocabulary.ts';
import { narrativeText } from './narrativeText.ts';
import { proseFigures } from './proseFigures.ts';

/**
 * Flags figures written literally in a narrative that contradict the data, naming the correct value and
 * the placeholder to write instead. To stay quiet on unrelated numbers, a literal is an error only when
 * it matches no figure (or context value) and is close to one (see proseFigures, the one matcher).
 */
export function checkProseFigures(file: string, text: string, report: Report): Problem[] {
  const { prose, at } = narrativeText(text);
  return proseFigures(prose, report).flatMap(({ offset, literal, contradicts }) =>
    contradicts ? [error(file, `"${literal}" contradicts the data: ${contradicts.is}; write ${contradicts.placeholder}`, at(offset))] : [],
  );
}
