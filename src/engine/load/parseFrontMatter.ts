import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { error, type Problem } from '../vocabulary.ts';

export interface FrontMatterDocument {
  data: unknown;
  /** 1-based line of the node at a path such as ['causes_of_concern', 0, 'due']. */
  lineOf: (path: readonly PropertyKey[]) => number;
  body: string;
  bodyLine: number;
}

/** Splits `---` YAML front matter from a markdown body, keeping line numbers for both. */
export function parseFrontMatter(text: string, file: string): { doc?: FrontMatterDocument; problems: Problem[] } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    return { problems: [error(file, 'expected the file to start with front matter between two "---" lines', { line: 1 })] };
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
  // The YAML starts on line 2 of the file, after the opening "---".
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const problems = document.errors.map((e) => {
    // The library's own "at line N, column M" counts from the YAML's first line, not the file's: drop it.
    const message = `front matter is not valid YAML: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`;
    // An unclosed quote runs to the end of the front matter, where the library reports it; name the line it opens on.
    const opened = e.code === 'MISSING_CHAR' && message.endsWith('"quote') ? unbalancedQuoteLine(yamlText) : undefined;
    if (opened !== undefined) return error(file, `${message}: the quote opened on this line is never closed`, { line: opened + 1 });
    // "text: Training: call handlers …": the second colon would start a key inside the value.
    const colon = e.code === 'BLOCK_AS_IMPLICIT_KEY' ? '; a colon followed by a space inside a text starts a key: put the whole text after the first colon in quotes ("…")' : '';
    return error(file, `${message}${colon}`, { line: (e.linePos?.[0].line ?? 0) + 1, column: e.linePos?.[0].col });
  });
  if (problems.length) return { problems };
  // A map entry is found by its key, not its value: a block list's value starts a line below its key,
  // and a misspelt key must be reported on its own line.
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const parent = depth === 1 ? document.contents : document.getIn(path.slice(0, depth - 1) as unknown[], true);
      const key = isMap(parent) ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === path[depth - 1])?.key : undefined;
      const node = key ?? document.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return toFileLine(node.range[0]);
    }
    return 2;
  };
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return {
    doc: { data: document.toJS() ?? {}, lineOf, body: text.slice(match[0].length), bodyLine },
    problems,
  };
}

/** 1-based line of the YAML's first line with an odd number of unescaped double quotes. */
function unbalancedQuoteLine(yamlText: string): number | undefined {
  const index = yamlText.split('\n').findIndex((line) => (line.replace(/\\./g, '').match(/"/g)?.length ?? 0) % 2 === 1);
  return index === -1 ? undefined : index + 1;
}
