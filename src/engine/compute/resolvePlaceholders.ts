import { error, welshFigureWords, type Grade, type Problem } from '../vocabulary.ts';
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

/** The grades a narrative can name by placeholder: `{{grade.overall}}`, `{{grade.q1}}` to `{{grade.q3}}`. */
export interface PlaceholderGrades {
  overall: Grade | null;
  questions: { 1: Grade | null; 2: Grade | null; 3: Grade | null };
}

/** The grade placeholders and the data column each comes from (data/inspections.csv), for messages. */
export const gradePlaceholders = {
  overall: { column: 'overall_grade', grade: (g: PlaceholderGrades) => g.overall },
  q1: { column: 'q1_grade', grade: (g: PlaceholderGrades) => g.questions[1] },
  q2: { column: 'q2_grade', grade: (g: PlaceholderGrades) => g.questions[2] },
  q3: { column: 'q3_grade', grade: (g: PlaceholderGrades) => g.questions[3] },
} as const;

/** What placeholders are filled from: the inspection's figures by measure, and its grades. */
export interface PlaceholderValues {
  figures: ReadonlyMap<string, Figure>;
  grades: PlaceholderGrades;
  /** The narrative's language: a Welsh narrative (`<slug>.cy.md`) gets the Welsh words around its figures. */
  language?: 'en' | 'cy';
}

/**
 * The fields whose text holds words, in Welsh: "dros 4,400", "459 o 524", the grade's Welsh name. The numbers
 * are the model's own texts (Welsh writes them as English does); a press rounding, printed in English, has no
 * Welsh form.
 */
const welshFields: Partial<Record<keyof typeof placeholderFields, (f: Figure) => string | undefined>> = {
  over: (f) => (f.unrecorded ? `${welshFigureWords.qualifier[f.unrecorded.qualifier]} ${formatCount(f.unrecorded.over)}` : undefined),
  of: (f) => (f.numerator === null || f.denominator === null ? undefined : `${formatCount(f.numerator)} ${welshFigureWords.of} ${formatCount(f.denominator)}`),
  approx: () => undefined,
};

const pattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * Replaces `{{measure.field}}` with the figure's text and `{{grade.overall}}` (or `grade.q1` to `grade.q3`) with
 * the grade, so that prose and data cannot disagree.
 * `line` is the file line of the text's first line; problems name the exact line and column.
 */
export function resolvePlaceholders(text: string, values: PlaceholderValues, file: string, line: number): { text: string; problems: Problem[] } {
  const problems: Problem[] = [];
  const where = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: line + before.length - 1, column: (before.at(-1)?.length ?? 0) + 1 };
  };
  problems.push(...strayBraces(text).map(({ offset, typed, name }) =>
    error(file, name ? `broken placeholder "${typed}": write {{${name}}}, with two braces each side` : `stray "${typed}": a placeholder is written {{measure.field}}, with two braces each side`, where(offset)),
  ));
  const resolved = text.replace(pattern, (whole, name: string, offset: number) => {
    const at = where(offset);
    const [measure = '', field = '', ...rest] = name.split('.');
    if (measure === 'grade') {
      const grade = gradePlaceholders[field as keyof typeof gradePlaceholders];
      if (!grade || rest.length) {
        problems.push(error(file, `unknown placeholder ${whole}; write {{grade.${Object.keys(gradePlaceholders).join('}}, {{grade.')}}}`, at));
        return whole;
      }
      const value = grade.grade(values.grades);
      if (value === null) {
        problems.push(error(file, `placeholder ${whole} has no value: the inspection's ${grade.column} in data/inspections.csv is empty`, at));
        return whole;
      }
      return values.language === 'cy' ? welshFigureWords.grade[value] : value;
    }
    const english = placeholderFields[field as keyof typeof placeholderFields];
    const format = (values.language === 'cy' && welshFields[field as keyof typeof placeholderFields]) || english;
    if (!english || rest.length) {
      problems.push(error(file, `unknown placeholder ${whole}; write {{measure.field}} where field is one of ${Object.keys(placeholderFields).join(', ')}, or {{grade.overall}}`, at));
      return whole;
    }
    const figure = values.figures.get(measure);
    if (!figure) {
      problems.push(error(file, `unknown placeholder ${whole}: this inspection has no "${measure}" figure in data/findings.csv`, at));
      return whole;
    }
    if (figure.pending) return values.language === 'cy' ? welshFigureWords.notYetPublished : 'not yet published';
    const value = format(figure);
    if (value === undefined) {
      problems.push(error(file, `placeholder ${whole} has no value: the "${measure}" row (data/findings.csv line ${figure.line}) has no ${field}`, at));
      return whole;
    }
    return value;
  });
  return { text: resolved, problems };
}

/**
 * Braces left over once every whole placeholder is taken out: a placeholder missing a brace ("{{overall.over}")
 * or a lone brace, each once, with the name it seems to hold. Otherwise they would be printed literally.
 */
function strayBraces(text: string): { offset: number; typed: string; name: string | null }[] {
  const blanked = text.replace(pattern, (whole) => ' '.repeat(whole.length));
  return [...blanked.matchAll(/\{+\s*([\w.-]*)\s*\}*|\}+/g)].map((match) => ({
    offset: match.index,
    typed: match[0].trim(),
    name: match[1] ? match[1] : null,
  }));
}
