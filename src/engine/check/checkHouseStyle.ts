import { glossary, warning, type Problem } from '../vocabulary.ts';
import { narrativeText } from './narrativeText.ts';

const abbreviationPattern = /\b([A-Z]{2,}[0-9]*)s?\b/g;
const percentStyles = [
  { style: '%', pattern: /\d\s?%/g },
  { style: 'per cent', pattern: /\bper\s+cent\b/gi },
  { style: 'percent', pattern: /\bpercent\b/gi },
] as const;
const requiresImprovement = /\b([Rr])equires([\s-]+)([Ii])mprovement\b/g;
const capitalisedGrade = /\b(Outstanding|Good|Adequate|Inadequate)\b/g;
const gradeWords = ['outstanding', 'inadequate', 'adequate', 'improvement'] as const;
/** Real words one edit away from a grade word. */
const notMisspellings = new Set(['improvements']);

/**
 * House-style warnings for a narrative file: abbreviations neither in the glossary nor spelled out at first use,
 * percentages written in more than one style, and grade words spelled differently from the grade scale.
 */
export function checkHouseStyle(file: string, text: string): Problem[] {
  const { prose, placeholders, at } = narrativeText(text);
  const problems: Problem[] = [];
  const warn = (offset: number, message: string) => problems.push(warning(file, message, at(offset)));

  const seen = new Set<string>();
  for (const match of prose.matchAll(abbreviationPattern)) {
    const term = match[1] ?? '';
    if (seen.has(term)) continue;
    seen.add(term);
    const spelledOut = prose[match.index - 1] === '(' && prose[match.index + match[0].length] === ')';
    if (!(term in glossary) && !spelledOut) {
      warn(match.index, `"${term}" is not in the glossary (src/engine/vocabulary.ts): spell it out at its first use, e.g. "words in full (${term})"`);
    }
  }

  // A rate placeholder prints "%", so it counts as the "%" style.
  const uses = percentStyles.map(({ style, pattern }) => ({
    style,
    offsets: [...[...prose.matchAll(pattern)].map((m) => m.index), ...(style === '%' ? placeholders.filter((p) => p.field === 'rate').map((p) => p.offset) : [])].sort((a, b) => a - b),
  })).filter((u) => u.offsets.length);
  const preferred = uses[0];
  if (preferred && uses.length > 1) {
    const first = at(preferred.offsets[0] ?? 0);
    for (const use of uses.slice(1)) {
      warn(use.offsets[0] ?? 0, `this file writes percentages both as "${preferred.style}" (line ${first.line}) and as "${use.style}"; use "${preferred.style}" throughout`);
    }
  }

  for (const match of prose.matchAll(requiresImprovement)) {
    const [, r, gap, i] = match;
    if (gap !== ' ' || i === 'I' || (r === 'R' && !sentenceStart(prose, match.index))) {
      warn(match.index, `write the grade as "requires improvement", as on the grade scale, not "${match[0]}"`);
    }
  }
  for (const match of prose.matchAll(capitalisedGrade)) {
    if (!sentenceStart(prose, match.index)) warn(match.index, `grades are written in lower case: "${match[0].toLowerCase()}", not "${match[0]}"`);
  }
  for (const match of prose.matchAll(/\b[A-Za-z]{7,}\b/g)) {
    const word = match[0].toLowerCase();
    const intended = gradeWords.find((grade) => word !== grade && !notMisspellings.has(word) && oneEditApart(word, grade));
    if (intended) warn(match.index, `"${match[0]}" looks like a misspelling of the grade word "${intended}"`);
  }
  return problems;
}

/** Whether the text before `offset` on its line ends a sentence or opens a list item, heading or quotation. */
function sentenceStart(text: string, offset: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  return /^\s*(?:(?:[-*+>]|\d+\.|#+)\s*)*$/.test(before) || /[.!?:"'(“‘]\s*$/.test(before);
}

/** One insertion, deletion, substitution or swap of neighbours turns a into b. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
