import { narrativeText } from '../engine/check/narrativeText.ts';
import { proseFigures } from '../engine/check/proseFigures.ts';
import type { Report } from '../engine/compute/model.ts';

/** What the import did with the numbers of one paragraph that have the form of a figure. */
export interface FigureLog {
  replaced: { paragraph: number; literal: string; placeholder: string }[];
  typed: { paragraph: number; literal: string; why: string }[];
  contradictions: { paragraph: number; literal: string; is: string; placeholder: string }[];
}

/**
 * Writes the placeholder of every figure that `markdown` states exactly as the data prints it, using the prose
 * check's own matcher, so that the import and `npm run check` hold figures to the data in the same way.
 * A number that agrees without stating a figure, states several, or matches none is left as typed and listed; one
 * that contradicts the data is left as typed and logged as such, so that the check stops on it.
 */
export function placeFigures(markdown: string, report: Report, paragraph: number, log: FigureLog): string {
  const replacements: { offset: number; length: number; placeholder: string }[] = [];
  for (const { form, literal, stands, states, agrees, contradicts, offset } of proseFigures(narrativeText(markdown).prose, report)) {
    const [only, ...more] = states;
    if (only && !more.length) {
      // An interval is in percentage points: "±1.5%" is written as the check asks, "{{overall.ci}} percentage points".
      const perCent = form === 'interval' && literal.endsWith('%');
      const placeholder = perCent ? `${only} percentage points` : only;
      replacements.push({ offset, length: perCent ? literal.length : stands.length, placeholder });
      log.replaced.push({ paragraph, literal, placeholder });
    } else if (only) log.typed.push({ paragraph, literal, why: `states ${states.join(' and ')}: write the one you mean` });
    else if (contradicts) log.contradictions.push({ paragraph, literal, is: contradicts.is, placeholder: contradicts.placeholder });
    else if (agrees) log.typed.push({ paragraph, literal, why: 'agrees with the data, but no placeholder prints it so (a rounded rate, or an interval bound)' });
    else log.typed.push({ paragraph, literal, why: 'matches no published figure of this inspection' });
  }
  // From the last to the first, so that each offset is still true when it is used.
  return replacements.reduceRight((text, r) => `${text.slice(0, r.offset)}${r.placeholder}${text.slice(r.offset + r.length)}`, markdown);
}
