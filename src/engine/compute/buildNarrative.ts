import type { NarrativeInput } from '../validate/validateNarrative.ts';
import { sectionHeadings, type Problem } from '../vocabulary.ts';
import { bodySections } from './bodySections.ts';
import { formatDate } from './format.ts';
import { linkTerms } from './linkTerms.ts';
import { markdown } from './markdown.ts';
import type { Narrative, Section } from './model.ts';
import { resolvePlaceholders, type PlaceholderValues } from './resolvePlaceholders.ts';

/** Fills the narrative's placeholders from the figures and grades and renders its markdown to HTML fragments. */
export function buildNarrative(n: NarrativeInput, values: PlaceholderValues): { narrative: Narrative; problems: Problem[] } {
  const problems: Problem[] = [];
  const inline = (text: string, key: string) => {
    const resolved = resolvePlaceholders(text, values, n.file, n.frontMatterLines[key] ?? 1);
    problems.push(...resolved.problems);
    return markdown.renderInline(resolved.text);
  };
  const list = (items: string[], key: string) => items.map((item) => inline(item, key));
  const fm = n.frontMatter;

  const body = resolvePlaceholders(n.body, values, n.file, n.bodyLine);
  problems.push(...body.problems);
  const sections = withGlossaryLinks(splitSections(body.text));

  return {
    narrative: {
      headline: fm.headline === undefined ? null : inline(fm.headline, 'headline'),
      summary: list(fm.summary, 'summary'),
      strengths: list(fm.strengths, 'strengths'),
      areasForImprovement: fm.areasForImprovement && list(fm.areasForImprovement, 'areas_for_improvement'),
      causesOfConcern: fm.causesOfConcern && fm.causesOfConcern.map((c) => ({
        concern: inline(c.concern, 'causes_of_concern'),
        recommendations: c.recommendations.map((r) => ({ text: inline(r.text, 'causes_of_concern'), due: r.due.includes('-') ? `by ${formatDate(r.due)}` : r.due })),
      })),
      corrections: fm.corrections.map((c) => ({ date: c.date, dateText: formatDate(c.date), change: inline(c.change, 'corrections'), reason: inline(c.reason, 'corrections') })),
      sections,
      // The whole headline has already reported its placeholders' problems; its first sentence would repeat them.
      headlineFirstSentence:
        fm.headline === undefined ? null : markdown.renderInline(resolvePlaceholders(firstSentence(fm.headline), values, n.file, n.frontMatterLines.headline ?? 1).text),
      uncovered: sectionHeadings.filter((heading) => !sections.some((s) => s.heading === heading)).map(standardSection),
    },
    problems,
  };
}

/**
 * The first sentence of a headline's source text, cut before its placeholders are resolved, so that a figure's
 * decimal point never ends it: a sentence ends at ".", "!" or "?" (and any closing quote or bracket) followed by a space or the end.
 */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const end = /[.!?]["'’”)]*(?=\s|$)/.exec(trimmed);
  return end ? trimmed.slice(0, end.index + end[0].length) : trimmed;
}

/** A section's anchor and, for "Question 1" to "Question 3", its question number. */
function standardSection(heading: string): Omit<Section, 'html'> {
  const index = sectionHeadings.indexOf(heading as (typeof sectionHeadings)[number]);
  const question = index >= 0 && index < 3 ? ((index + 1) as 1 | 2 | 3) : null;
  return { id: heading.toLowerCase().replace(/\s+/g, '-'), heading, question };
}

/** Links each glossary abbreviation once per report, at its first use in the sections' reading order. */
function withGlossaryLinks(sections: Section[]): Section[] {
  const linked = new Set<string>();
  return sections.map((section) => ({ ...section, html: linkTerms(section.html, linked) }));
}

function splitSections(body: string): Section[] {
  return bodySections(body).map(({ heading, text }) => ({ ...standardSection(heading), html: markdown.render(text) }));
}
