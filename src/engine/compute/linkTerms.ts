import { glossaryEntries, type GlossaryEntry } from '../vocabulary.ts';

/** Elements whose text must not get a link: links cannot nest, and headings and code keep their own text. */
const skipped = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'abbr', 'script', 'style']);
const voidElements = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'col', 'source']);
const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/g;

const escapeAttribute = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * Links the first use of each glossary abbreviation in an HTML fragment (as markdown-it writes it) to its
 * entry on /glossary/. Only text between tags is searched, so attributes are never touched. Terms already
 * in `linked` are left alone and the terms linked here are added to it, so that a page split into several
 * fragments links each term once.
 */
export function linkTerms(html: string, linked: Set<string> = new Set(), entries: readonly GlossaryEntry[] = glossaryEntries): string {
  const terms = entries.filter((e) => e.abbreviation);
  // A plural "DDMs" is the same term; longer terms first, so that HMICFRS is never read as HMIC.
  const pattern = new RegExp(`\\b(${terms.map((e) => e.term).sort((a, b) => b.length - a.length).join('|')})s?\\b`, 'g');
  const byTerm = new Map(terms.map((e) => [e.term, e]));
  const open: string[] = [];
  let out = '';
  let at = 0;
  const linkText = (text: string): string =>
    open.some((tag) => skipped.has(tag))
      ? text
      : text.replace(pattern, (word: string, term: string) => {
          const entry = byTerm.get(term);
          if (!entry || linked.has(term)) return word;
          linked.add(term);
          return `<a class="glossary-term" href="/glossary/#${entry.id}" title="${escapeAttribute(entry.definition)}">${word}</a>`;
        });
  for (const match of html.matchAll(tagPattern)) {
    out += linkText(html.slice(at, match.index));
    out += match[0];
    at = match.index + match[0].length;
    const [, closing, name, selfClosing] = match;
    const tag = name!.toLowerCase();
    if (closing) {
      const last = open.lastIndexOf(tag);
      if (last >= 0) open.splice(last);
    } else if (!selfClosing && !voidElements.has(tag)) open.push(tag);
  }
  return out + linkText(html.slice(at));
}
