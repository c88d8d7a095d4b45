import type { NarrativeInput } from '../validate/validateNarrative.ts';
import { sectionHeadings, type Problem } from '../vocabulary.ts';
import { formatDate } from './format.ts';
import { linkTerms } from './linkTerms.ts';
import { markdown } from './markdown.ts';
import type { Figure, Narrative, Section } from './model.ts';
import { resolvePlaceholders } from './resolvePlaceholders.ts';

/** Fills the narrative's placeholders from the figures and renders its markdown to HTML fragments. */
export function buildNarrative(n: NarrativeInput, figures: ReadonlyMap<string, Figure>): { narrative: Narrative; problems: Problem[] } {
  const problems: Problem[] = [];
  const inline = (text: string, key: string) => {
    const resolved = resolvePlaceholders(text, figures, n.file, n.frontMatterLines[key] ?? 1);
    problems.push(...resolved.problems);
    return markdown.renderInline(resolved.text);
  };
  const list = (items: string[], key: string) => items.map((item) => inline(item, key));
  const fm = n.frontMatter;

  const body = resolvePlaceholders(n.body, figures, n.file, n.bodyLine);
  problems.push(...body.problems);

  return {
    narrative: {
      headline: fm.headline === undefined ? null : inline(fm.headline, 'headline'),
      summary: list(fm.summary, 'summary'),
      strengths: list(fm.strengths, 'strengths'),
      areasForImprovement: list(fm.areasForImprovement, 'areas_for_improvement'),
      causesOfConcern: fm.causesOfConcern.map((c) => ({
        concern: inline(c.concern, 'causes_of_concern'),
        recommendations: c.recommendations.map((r) => ({ text: inline(r.text, 'causes_of_concern'), due: r.due.includes('-') ? `by ${formatDate(r.due)}` : r.due })),
      })),
      corrections: fm.corrections.map((c) => ({ date: c.date, dateText: formatDate(c.date), change: inline(c.change, 'corrections'), reason: inline(c.reason, 'corrections') })),
      sections: withGlossaryLinks(splitSections(body.text)),
    },
    problems,
  };
}

/** Links each glossary abbreviation once per report, at its first use in the sections' reading order. */
function withGlossaryLinks(sections: Section[]): Section[] {
  const linked = new Set<string>();
  return sections.map((section) => ({ ...section, html: linkTerms(section.html, linked) }));
}

function splitSections(body: string): Section[] {
  const sections: Section[] = [];
  let current: { heading: string; lines: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    const index = sectionHeadings.indexOf(current.heading as (typeof sectionHeadings)[number]);
    const question = index >= 0 && index < 3 ? ((index + 1) as 1 | 2 | 3) : null;
    sections.push({
      id: current.heading.toLowerCase().replace(/\s+/g, '-'),
      heading: current.heading,
      question,
      html: markdown.render(current.lines.join('\n')),
    });
  };
  for (const line of body.split('\n')) {
    const match = /^##\s+(.*?)\s*#*\s*$/.exec(line);
    if (match) {
      flush();
      current = { heading: match[1] ?? '', lines: [] };
    } else current?.lines.push(line);
  }
  flush();
  return sections;
}
