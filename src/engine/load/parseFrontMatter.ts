import { isNode, LineCounter, parseDocument } from 'yaml';
import { error, type Problem } from '../problems.ts';

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
  const problems = document.errors.map((e) =>
    error(file, `front matter is not valid YAML: ${e.message.split('\n')[0]}`, {
      line: (e.linePos?.[0].line ?? 0) + 1,
      column: e.linePos?.[0].col,
    }),
  );
  if (problems.length) return { problems };
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = document.getIn(path.slice(0, depth) as unknown[], true);
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
