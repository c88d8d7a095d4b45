import { error, type Problem } from '../vocabulary.ts';
import { formatCount } from './format.ts';
import type { Figure } from './model.ts';

export const placeholderFields = {
  rate: (f: Figure) => f.rate?.text,
  ci: (f: Figure) => f.interval?.text,
  over: (f: Figure) => f.unrecorded?.text,
  additional: (f: Figure) => f.additional?.text,
  count: (f: Figure) => (f.numerator === null ? undefined : formatCount(f.numerator)),
  denominator: (f: Figure) => (f.denominator === null ? undefined : formatCount(f.denominator)),
  of: (f: Figure) => (f.denominator === null ? undefined : (f.countText ?? undefined)),
  /** The press rounding, e.g. "nearly 95 percent", as the press printed it. */
  approx: (f: Figure) => f.approx ?? undefined,
} as const;

const pattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * Replaces `{{measure.field}}` with the figure's text, so that prose and data cannot disagree.
 * `line` is the file line of the text's first line; problems name the exact line and column.
 */
export function resolvePlaceholders(text: string, figures: ReadonlyMap<string, Figure>, file: string, line: number): { text: string; problems: Problem[] } {
  const problems: Problem[] = [];
  const resolved = text.replace(pattern, (whole, name: string, offset: number) => {
    const before = text.slice(0, offset).split('\n');
    const at = { line: line + before.length - 1, column: (before.at(-1)?.length ?? 0) + 1 };
    const [measure = '', field = '', ...rest] = name.split('.');
    const format = placeholderFields[field as keyof typeof placeholderFields];
    if (!format || rest.length) {
      problems.push(error(file, `unknown placeholder ${whole}; write {{measure.field}} where field is one of ${Object.keys(placeholderFields).join(', ')}`, at));
      return whole;
    }
    const figure = figures.get(measure);
    if (!figure) {
      problems.push(error(file, `unknown placeholder ${whole}: this inspection has no "${measure}" figure in data/findings.csv`, at));
      return whole;
    }
    if (figure.pending) return 'not yet published';
    const value = format(figure);
    if (value === undefined) {
      problems.push(error(file, `placeholder ${whole} has no value: the "${measure}" row (data/findings.csv line ${figure.line}) has no ${field}`, at));
      return whole;
    }
    return value;
  });
  return { text: resolved, problems };
}
