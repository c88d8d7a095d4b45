import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { runPipeline } from '../engine/pipeline.ts';
import { error, formatProblem, type Problem } from '../engine/vocabulary.ts';
import { draftToNarrative, type ImportLog } from './draftToNarrative.ts';
import { inspectionReport } from './inspectionReport.ts';
import { fingerprint, readNarrative, recordedFingerprint, writeNarrative } from './narrativeFile.ts';
import { readDocx, type DraftDocument } from './readDocx.ts';

/** The custom document properties that a template or review copy carries, so that its import knows where it came from. */
export const docxProperties = { inspection: 'cdi-inspection', fingerprint: 'cdi-narrative-fingerprint' } as const;

export interface ImportOptions {
  root: string;
  /** The .docx, as given on the command line; messages name it so. */
  draft: string;
  /** "<force>/<slug>". */
  key: string;
  force: boolean;
  /** For the backup's name; the clock by default. */
  now?: Date;
}

export interface ImportResult {
  /** The narrative written (relative to the root), or null when the import stopped. */
  written: string | null;
  backup: string | null;
  /** The import's report, as printed. */
  report: string;
  /** The import's errors, each naming the draft's paragraph: a contradicting figure, a broken structure, or why it stopped. */
  problems: Problem[];
  /** The errors npm run check finds in the narrative written, at their lines: the same figures, and any other check. */
  checked: Problem[];
}

/** `npm run import`: a Word draft into content/reports/<force>/<slug>.md, with its report. */
export async function importDraft(options: ImportOptions): Promise<ImportResult> {
  const { root, key } = options;
  const stop = (message: string): ImportResult => ({ written: null, backup: null, report: `npm run import: ${message}`, problems: [error(options.draft, message)], checked: [] });
  if (!/^[^/]+\/[^/]+$/.test(key)) return stop(`expected the inspection as <force>/<slug>, e.g. kent/2026-cdi, not "${key}"`);
  let found: ReturnType<typeof inspectionReport>;
  try {
    found = inspectionReport(root, key);
  } catch (e) {
    return stop(e instanceof Error ? e.message : String(e));
  }
  const { report, narrativeFile } = found;
  let draft: DraftDocument;
  try {
    draft = await readDocx(readFileSync(options.draft));
  } catch (e) {
    return stop(`${options.draft} is not a Word document (.docx) that can be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  const madeFor = draft.properties[docxProperties.inspection];
  if (madeFor && madeFor !== key && !options.force) return stop(`${options.draft} was made for ${madeFor}, not ${key}; give --force to import it anyway`);

  const path = join(root, narrativeFile);
  const previousText = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (previousText !== null && !options.force) {
    const print = fingerprint(previousText);
    const unedited = print === recordedFingerprint(previousText) || print === draft.properties[docxProperties.fingerprint];
    if (!unedited) return stop(`${narrativeFile} has been edited since it was last written from Word; give --force to replace it (a backup is kept)`);
  }
  let previous: Record<string, unknown> = {};
  try {
    if (previousText !== null) previous = readNarrative(previousText, narrativeFile).frontMatter;
  } catch {
    // A narrative that does not parse keeps nothing: the draft replaces it whole, and the backup keeps it.
  }

  const { parts, log } = draftToNarrative(draft, report);
  const text = writeNarrative(parts, previous, basename(options.draft));
  let backup: string | null = null;
  if (previousText !== null && previousText !== text) {
    const stamp = (options.now ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    // A hidden file, so that the build does not read it as a narrative.
    backup = `${dirname(narrativeFile)}/.${basename(narrativeFile)}.${stamp}.bak`;
    copyFileSync(path, join(root, backup));
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  const problems = importProblems(options.draft, draft, log);
  // What npm run check says of the narrative now: the same figures, at their lines, and any other check (grades, style).
  const checked = runPipeline(root).problems.filter((p) => p.file === narrativeFile && p.severity === 'error');
  return {
    written: narrativeFile,
    backup,
    report: importReport(options.draft, narrativeFile, backup, log, problems, checked),
    problems,
    checked,
  };
}

/** One error per contradicting figure or broken structure, naming the paragraph and quoting its start. */
function importProblems(file: string, draft: DraftDocument, log: ImportLog): Problem[] {
  const paragraph = (n: number) => {
    const text = draft.paragraphs[n - 1] ?? '';
    return `paragraph ${n} ("${text.length > 40 ? `${text.slice(0, 40)}…` : text}")`;
  };
  return [
    ...log.errors.map((e) => ({ n: e.paragraph, message: e.message })),
    ...log.contradictions.map((c) => ({ n: c.paragraph, message: `"${c.literal}" contradicts the data: ${c.is}; write ${c.placeholder} (kept as typed, so npm run check stops on it)` })),
  ]
    .sort((a, b) => a.n - b.n)
    .map((e) => error(file, e.message, { field: paragraph(e.n) }));
}

function importReport(draft: string, narrativeFile: string, backup: string | null, log: ImportLog, problems: Problem[], checked: Problem[]): string {
  const list = <T>(title: string, items: readonly T[], line: (item: T) => string) => [`${title}: ${items.length ? items.length : 'none'}`, ...items.map((item) => `  ${line(item)}`)];
  const at = (paragraph: number | null) => (paragraph === null ? 'document' : `paragraph ${paragraph}`);
  return [
    `imported ${draft} into ${narrativeFile}${backup ? ` (the previous version is kept as ${backup})` : ''}`,
    `sections found: ${log.found.join(', ') || 'none'}`,
    `sections missing: ${log.missing.join(', ') || 'none'}`,
    ...(log.headlineFromTitle === null ? [] : [`headline: taken from the Title (paragraph ${log.headlineFromTitle}), as no paragraph comes before the first heading`]),
    ...list('figures replaced', log.replaced, (r) => `${at(r.paragraph)}: "${r.literal}" → ${r.placeholder}`),
    ...list('numbers left as typed', [...log.typed, ...log.contradictions.map((c) => ({ paragraph: c.paragraph, literal: c.literal, why: `contradicts the data (${c.is})` }))].sort((a, b) => a.paragraph - b.paragraph), (t) => `${at(t.paragraph)}: "${t.literal}" ${t.why}`),
    ...list('not imported', log.dropped, (d) => `${at(d.paragraph)}: ${d.what}`),
    `instructions left out: ${log.instructions}`,
    ...problems.map(formatProblem),
    ...(checked.length ? [`npm run check stops on ${checked.length} error(s) in ${narrativeFile}:`, ...checked.map(formatProblem)] : []),
    problems.length || checked.length ? `fix them in Word and import again, or in ${narrativeFile}` : `npm run check finds no error in ${narrativeFile}`,
  ].join('\n');
}
