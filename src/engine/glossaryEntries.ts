import { glossary } from './glossary.ts';

export interface GlossaryEntry {
  term: string;
  /** The anchor on /glossary/, e.g. "requires-improvement". */
  id: string;
  definition: string;
  /** Abbreviations are linked from narrative text; grade words are too common in prose to link. */
  abbreviation: boolean;
}

export const glossaryId = (term: string): string => term.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The glossary in its own order, each term with its anchor. */
export const glossaryEntries: readonly GlossaryEntry[] = Object.entries(glossary).map(([term, definition]) => ({
  term,
  id: glossaryId(term),
  definition,
  abbreviation: /^[A-Z][A-Z0-9]+$/.test(term),
}));
