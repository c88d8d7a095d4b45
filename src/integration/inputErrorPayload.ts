import { join } from 'node:path';
import { formatProblem, type Problem } from '../engine/vocabulary.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * What the dev server's error overlay shows for input errors: each error itself, as the terminal prints it, and
 * the place of the first so that "Open in editor" opens it. The overlay shows the message as HTML, so the
 * errors (which quote what was typed) are escaped.
 */
export function inputErrorPayload(problems: readonly Problem[], inputRoot: string) {
  const errors = problems.filter((p) => p.severity === 'error');
  const [first] = errors;
  const listed = errors.map(formatProblem);
  return {
    type: 'error' as const,
    __isEnhancedAstroErrorPayload: true as const,
    err: {
      name: 'Input error',
      title: errors.length === 1 ? 'The inputs have 1 error' : `The inputs have ${errors.length} errors`,
      message: listed.map(escapeHtml).join('<br>'),
      hint: 'Fix it and save: the page reloads. Until then it shows the last good data. `npm run check` lists the same errors.',
      stack: listed.join('\n'),
      // A workbook has no lines an editor could open at.
      ...(first ? { loc: { file: join(inputRoot, first.file), line: first.sheet === undefined ? (first.line ?? 1) : 1, column: first.sheet === undefined ? (first.column ?? 1) : 1 } } : {}),
    },
  };
}
