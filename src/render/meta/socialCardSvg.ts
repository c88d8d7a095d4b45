import type { Report } from '../../engine/compute/model.ts';
import { fontFamily } from '../downloads/fontFiles.ts';
import { inspectorateName } from '../publishers.ts';
import { messages, type Locale } from '../../i18n/index.ts';
import { forceName, publishedText, rangeText, reportTitle } from '../localised.ts';
import { figureOf } from '../phrases.ts';
import { escapeXml, wrapText } from '../xml.ts';
import { overallText } from './reportMeta.ts';

export const card = { width: 1200, height: 630 };

const left = 88;
const textWidth = card.width - left - 72;

/** The 1200×630 link-preview image of a report in `lang`, its words from the catalogue: force, inspection, overall grade and overall rate. */
export function socialCardSvg(report: Report, lang: Locale = 'en'): string {
  const t = messages(lang);
  const { grade, rate } = overallText(report, lang);
  const overall = figureOf(report, 'overall');
  const force = forceName(lang, report.force);
  const title = reportTitle(lang, report);
  // The English card gives the date as the publication prints it; another language's from `Intl`.
  const date = lang === 'en' ? (report.published?.text ?? null) : publishedText(lang, report);
  const lines: string[] = [];
  let y = 64;
  const add = (content: string, size: number, options: { bold?: boolean; colour?: string; max?: number; gap?: number } = {}) => {
    // Source Sans averages about half an em per character.
    const wrapped = wrapText(content, Math.floor(textWidth / (size * 0.5))).slice(0, options.max ?? 2);
    y += options.gap ?? 0;
    for (const line of wrapped) {
      y += Math.round(size * 1.2);
      lines.push(`<text x="${left}" y="${y}" font-size="${size}"${options.bold ? ' font-weight="bold"' : ''} fill="${options.colour ?? '#0b0c0c'}">${escapeXml(line)}</text>`);
    }
  };
  add(t.layout.siteName, 28, { colour: '#505a5f' });
  add(force, 60, { bold: true, gap: 32 });
  add(title, 36, { gap: 4 });
  add(grade, 44, { bold: true, gap: 48 });
  add(rate, 36, { gap: 12 });
  if (overall?.rate) add(t.card.interval({ range: overall.interval ? rangeText(lang, overall.interval) : t.absence('interval').notPublished }), 30, { gap: 4 });
  add(t.card.source({ inspectorate: inspectorateName(report.published?.date ?? null), published: date ? t.cite.published({ date }) : t.absence('date').date }), 26, { colour: '#505a5f', gap: 40 });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${card.width}" height="${card.height}" viewBox="0 0 ${card.width} ${card.height}" font-family="'${fontFamily}', sans-serif">`,
    `<title>${escapeXml(`${force}: ${title}`)}</title>`,
    `<rect width="${card.width}" height="${card.height}" fill="#ffffff"/>`,
    `<rect width="32" height="${card.height}" fill="#1d70b8"/>`,
    ...lines,
    '</svg>',
    '',
  ].join('\n');
}
