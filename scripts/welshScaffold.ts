/**
 * The Welsh narrative to write beside an English one: the same front-matter keys, the same number of items in
 * each list, the same `##` sections under their Welsh headings, and in each the English placeholders, so that
 * `npm run check` passes it as it is and holds the Welsh text to the same figures. Every sentence is a prompt to
 * write that part in Welsh, from the inspectorate's Welsh page, in our own words: nothing is translated.
 */
import { parseFrontMatter } from '../src/engine/load/parseFrontMatter.ts';
import { placeholdersBySection } from '../src/engine/check/narrativeSections.ts';
import { sectionHeadings, sectionHeadingsCy } from '../src/engine/vocabulary.ts';

const placeholderPattern = /\{\{\s*[^{}]*?\s*\}\}/g;
/** A prompt, followed by the placeholders of the English text it stands for. */
const prompt = (text: string, english: unknown) => [text, ...(typeof english === 'string' ? (english.match(placeholderPattern) ?? []) : [])].join(' ');

const write = {
  headline: 'Ysgrifennwch y pennawd yn Gymraeg.',
  item: 'Ysgrifennwch hwn yn Gymraeg.',
  concern: 'Ysgrifennwch yr achos pryder yn Gymraeg.',
  recommendation: 'Ysgrifennwch yr argymhelliad yn Gymraeg.',
  correction: 'Ysgrifennwch y cywiriad yn Gymraeg.',
  section: 'Ysgrifennwch yr adran hon yn Gymraeg.',
};

type Data = Record<string, unknown>;
const list = (value: unknown): Data[] => (Array.isArray(value) ? (value as Data[]) : []);

export function welshScaffold(englishText: string, file: string): string {
  const { doc } = parseFrontMatter(englishText, file);
  if (!doc) throw new Error(`${file}: no front matter to follow`);
  const data = (doc.data ?? {}) as Data;
  const lines = ['---'];
  for (const [key, value] of Object.entries(data)) {
    if (value === null) continue;
    if (key === 'headline') lines.push('headline: >-', `  ${prompt(write.headline, value)}`);
    else if (key === 'causes_of_concern') {
      lines.push(`${key}:${list(value).length ? '' : ' []'}`);
      for (const c of list(value)) {
        lines.push(`  - concern: ${prompt(write.concern, c.concern)}`, '    recommendations:');
        for (const r of list(c.recommendations)) lines.push(`      - text: ${prompt(write.recommendation, r.text)}`, `        due: ${String(r.due)}`);
      }
    } else if (key === 'corrections') {
      lines.push(`${key}:${list(value).length ? '' : ' []'}`);
      for (const c of list(value)) lines.push(`  - date: ${String(c.date)}`, `    change: ${prompt(write.correction, c.change)}`, `    reason: ${prompt(write.correction, c.reason)}`);
    } else if (Array.isArray(value)) {
      lines.push(`${key}:${value.length ? '' : ' []'}`, ...value.map((item) => `  - ${prompt(write.item, item)}`));
    }
  }
  lines.push('---', '');
  const body = placeholdersBySection(englishText, sectionHeadings).filter((p) => p.section === 'body' || sectionHeadings.includes(p.section as never));
  const inSection = (id: string) => body.filter((p) => p.section === id).map((p) => p.name);
  if (inSection('body').length) lines.push(inSection('body').join(' '), '');
  for (const line of doc.body.split('\n')) {
    const heading = /^##\s+(.*?)\s*#*\s*$/.exec(line);
    const index = heading ? sectionHeadings.indexOf((heading[1] ?? '') as (typeof sectionHeadings)[number]) : -1;
    if (index === -1) continue;
    lines.push(`## ${sectionHeadingsCy[index]}`, '', [write.section, ...inSection(sectionHeadings[index] ?? '')].join(' '), '');
  }
  return lines.join('\n');
}
