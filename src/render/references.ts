import type { Report } from '../engine/compute/model.ts';
import { citationAuthority } from './meta/reportMeta.ts';
import { absoluteUrl, type SiteAddress } from '../routes.ts';

/*
 * A report as a reference for reference managers: BibTeX, RIS and CSL-JSON. Like the page's citation_* meta tags,
 * each describes the inspectorate's publication (title, author, publisher, date and its address); the address
 * of the figures on this site goes in a note.
 */

export interface Reference {
  id: string;
  /** As the citation_title tag: "Force: Report title". */
  title: string;
  author: string;
  publisher: string;
  /** YYYY-MM-DD, or null when the publication date is not published. */
  date: string | null;
  url: string;
  note: string;
}

export function referenceOf(report: Report, site: SiteAddress): Reference {
  return {
    id: `cdi-${report.force.id}-${report.slug}`,
    title: `${report.force.name}: ${report.title}`,
    ...citationAuthority(report),
    date: report.published?.date ?? null,
    url: report.sourceUrl,
    note: `Figures and narrative presented at ${absoluteUrl(report.url, site)}`,
  };
}

// Characters with a meaning in BibTeX, written so that they print as themselves.
const bibtexText = (text: string): string => text.replace(/[\\{}&%$#_~^]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '~' || c === '^' ? `\\${c}{}` : `\\${c}`));
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A @techreport entry; the author is a body, so it is braced to stay one name. */
export function bibtex(ref: Reference): string {
  const [year, month] = ref.date?.split('-') ?? [];
  const fields = [
    `  author = {{${bibtexText(ref.author)}}}`,
    `  title = {${bibtexText(ref.title)}}`,
    // Braced as one name: biblatex reads "and" in an institution as a list of several.
    `  institution = {{${bibtexText(ref.publisher)}}}`,
    ...(year && month ? [`  year = {${year}}`, `  month = ${months[Number(month) - 1]}`, `  date = {${ref.date}}`] : []),
    // A URL is verbatim in BibTeX's url field: escaping it would break the address.
    `  url = {${ref.url}}`,
    `  note = {${bibtexText(ref.note)}}`,
  ];
  return `@techreport{${ref.id},\n${fields.join(',\n')},\n}\n`;
}

/** An RIS record (report), CRLF line ends as the format defines them. */
export function ris(ref: Reference): string {
  const lines = [
    ['TY', 'RPRT'],
    ['ID', ref.id],
    ['TI', ref.title],
    ['AU', ref.author],
    ['PB', ref.publisher],
    ...(ref.date ? [['PY', ref.date.slice(0, 4)], ['DA', ref.date.replaceAll('-', '/')]] : []),
    ['UR', ref.url],
    ['N1', ref.note],
    ['ER', ''],
  ];
  return `${lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n')}\r\n`;
}

/** A CSL-JSON file: an array of one item of type report; the author is a body, so a literal name. */
export function cslJson(ref: Reference): string {
  const item = {
    id: ref.id,
    type: 'report',
    title: ref.title,
    author: [{ literal: ref.author }],
    publisher: ref.publisher,
    ...(ref.date ? { issued: { 'date-parts': [ref.date.split('-').map(Number)] } } : {}),
    URL: ref.url,
    note: ref.note,
  };
  return `${JSON.stringify([item], null, 1)}\n`;
}
