import type { Report } from '../compute/model.ts';
import { allGrades, error, type Grade, type Problem } from '../vocabulary.ts';
import { narrativeText } from './narrativeText.ts';
import { sentenceAround } from './sentenceAround.ts';

const gradeWords = allGrades.map((g) => g.replace(' ', String.raw`\s+`)).join('|');
/** "graded good", "rated it inadequate", "judged to be outstanding", "a grade of requires improvement". */
const gradePattern = new RegExp(String.raw`\b(?:graded|rated|judged(?:\s+to\s+be)?|grade\s+(?:of|is|was|remains|stayed))\s+(?:it\s+|as\s+)?["“‘']?(${gradeWords})\b`, 'gi');

/** What each question is about, as reports name it in prose: a clause naming one is held to that question's grade. */
const topics = [
  { question: 1, pattern: /\brecord(?:ing|s)?\s+(?:of\s+)?reported\s+crime/i },
  { question: 2, pattern: /\bsystems\s+and\s+processes\b/i },
  { question: 3, pattern: /\bleadership\s+and\s+culture\b/i },
] as const;

/**
 * Flags prose that names a grade the data contradicts ("graded good" where overall_grade is requires
 * improvement). A grade is held to what its clause is about: "overall", or a question's topic ("leadership and
 * culture"), else the question its sentence names ("question 2") or the section it is in (## Question 2), else
 * the overall grade. The grade it was regraded
 * from and the revisited inspection's grade are true of the report too, so they pass.
 */
export function checkProseGrades(file: string, text: string, report: Report): Problem[] {
  const { prose, at } = narrativeText(text);
  const { overall, questions, regradedFrom, previous } = report.grades;
  const earlier = [regradedFrom, previous?.grade].filter((g): g is Grade => g !== null && g !== undefined);
  const sections = [...prose.matchAll(/^##\s+Question\s+([123])\b/gim)].map((m) => ({ offset: m.index, question: Number(m[1]) as 1 | 2 | 3 }));
  const nextSection = [...prose.matchAll(/^##\s+/gm)].map((m) => m.index);
  const problems: Problem[] = [];
  for (const match of prose.matchAll(gradePattern)) {
    const named = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ') as Grade;
    const sentence = sentenceAround(prose, match.index);
    const end = sentence.indexOf(match[0]) + match[0].length;
    const clause = `${sentence.slice(0, end).split(/[,;:]/).at(-1) ?? ''}${sentence.slice(end).split(/[,;:]/)[0] ?? ''}`;
    const topic = topics.find(({ pattern }) => pattern.test(clause))?.question;
    const inSection = sections.findLast((s) => s.offset < match.index && !nextSection.some((n) => n > s.offset && n < match.index));
    const question = /\boverall\b/i.test(clause) ? null : (topic ?? (Number(/\bquestion\s+([123])\b/i.exec(sentence)?.[1]) || inSection?.question || null));
    const expected = question === null ? overall : questions[question as 1 | 2 | 3];
    // A grade the data does not hold cannot be contradicted.
    if (expected === null || named === expected || earlier.includes(named)) continue;
    const which = question === null ? 'the overall grade' : `the grade for question ${question}`;
    const placeholder = question === null ? '{{grade.overall}}' : `{{grade.q${question}}}`;
    problems.push(error(file, `"${match[0]}" contradicts the data: ${which} is ${expected}; write ${placeholder}`, at(match.index)));
  }
  return problems;
}
