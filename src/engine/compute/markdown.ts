import MarkdownIt from 'markdown-it';

/**
 * Narrative markdown. Raw HTML is off, so that any tag an author (or a pasted document) brings is
 * shown as text and can never inject script; markdown-it also refuses javascript: links.
 */
export const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
