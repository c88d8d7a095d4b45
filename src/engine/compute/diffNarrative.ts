import { diffSequences, type DiffStep } from './diffSequences.ts';
import type { SentenceChange, WordRun } from './model.ts';
import type { NarrativePart } from './narrativeParts.ts';

/** How alike two sentences must be, in the words they share, to be one sentence changed rather than one removed and one added. */
const alike = 0.5;

/**
 * The sentences of a narrative that changed from `before` (a release's) to `after` (this build's), part by part in
 * the later reading order, then the parts the later text no longer has; each as written, placeholders unresolved.
 * A removed sentence and an added one at the same place that share most of their words are one changed sentence,
 * with its words marked. A sentence worded as before that names by placeholder a measure of `changedFigures` is
 * listed too: its words are the same, but it reads a changed figure.
 */
export function diffNarrative(before: readonly NarrativePart[], after: readonly NarrativePart[], changedFigures: ReadonlySet<string>): SentenceChange[] {
  const earlier = new Map(before.map((p) => [p.part, p.sentences]));
  const parts = [...after, ...before.filter((p) => !after.some((a) => a.part === p.part)).map((p) => ({ part: p.part, sentences: [] }))];
  return parts.flatMap(({ part, sentences }) => {
    const changes: SentenceChange[] = [];
    let removed: string[] = [];
    let added: string[] = [];
    const flush = () => {
      changes.push(...hunk(part, removed, added));
      removed = [];
      added = [];
    };
    for (const step of diffSequences(earlier.get(part) ?? [], sentences)) {
      if (step.op === 'removed') removed.push(step.value);
      else if (step.op === 'added') added.push(step.value);
      else {
        flush();
        const measures = placeholderMeasures(step.value).filter((m) => changedFigures.has(m));
        if (measures.length > 0) changes.push({ part, kind: 'figure', text: step.value, measures });
      }
    }
    flush();
    return changes;
  });
}

/** A run of removed and added sentences between two unchanged ones: alike pairs as changed, in order, the rest as they are. */
function hunk(part: string, removed: readonly string[], added: readonly string[]): SentenceChange[] {
  const changes: SentenceChange[] = [];
  let next = 0;
  for (const old of removed) {
    const match = added.findIndex((text, i) => i >= next && similarity(old, text) >= alike);
    if (match === -1) {
      changes.push({ part, kind: 'removed', text: old });
      continue;
    }
    for (const text of added.slice(next, match)) changes.push({ part, kind: 'added', text });
    const text = added[match] ?? '';
    changes.push({ part, kind: 'changed', before: old, after: text, words: wordRuns(diffSequences(old.split(' '), text.split(' '))) });
    next = match + 1;
  }
  for (const text of added.slice(next)) changes.push({ part, kind: 'added', text });
  return changes;
}

const words = (sentence: string): Set<string> => new Set(sentence.toLowerCase().match(/\{\{[^{}]*\}\}|[\p{L}\p{N}]+/gu) ?? []);

/** The share of words two sentences have in common (Dice's coefficient of their sets of words). */
function similarity(a: string, b: string): number {
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((w) => y.has(w)).length;
  return x.size + y.size === 0 ? 1 : (2 * shared) / (x.size + y.size);
}

/** Consecutive words with the same step joined into runs. */
function wordRuns(steps: readonly DiffStep<string>[]): WordRun[] {
  const runs: WordRun[] = [];
  for (const { op, value } of steps) {
    const last = runs.at(-1);
    if (last?.op === op) last.text += ` ${value}`;
    else runs.push({ op, text: value });
  }
  return runs;
}

/** The measures a sentence names by placeholder ({{overall.rate}} → overall), once each. */
const placeholderMeasures = (sentence: string): string[] => [...new Set([...sentence.matchAll(/\{\{\s*([^{}.\s]+)\.[^{}]*\}\}/g)].map((m) => m[1] ?? ''))];
