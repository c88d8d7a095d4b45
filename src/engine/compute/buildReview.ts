import type { NarrativeRecord } from '../validate/frontMatterSchema.ts';
import type { ReleaseInput } from '../validate/validateReleases.ts';
import type { Cells } from '../load/loadReleases.ts';
import { figureCells, inspectionEntry } from './buildReleases.ts';
import { diffNarrative } from './diffNarrative.ts';
import { valueColumns } from './figureValues.ts';
import type { Changes, FigureEntry, FigureValues, InspectionEntry, Report, ReportReview, Review } from './model.ts';
import { narrativeParts, type NarrativePart } from './narrativeParts.ts';
import { reportPath } from '../../routes.ts';

const noFigures: ReportReview['figures'] = { added: [], changed: [], removed: [] };
const withValues = (entry: FigureEntry, cells: Cells): FigureValues => ({
  ...entry,
  values: valueColumns.map((column) => ({ column, value: cells[column] ?? '' })).filter(({ column, value }) => value !== '' && !(column === 'pending' && value === 'false')),
});
const partsOf = (record: NarrativeRecord | undefined): NarrativePart[] => (record ? narrativeParts(record) : []);
const sentenceCount = (parts: readonly NarrativePart[]): number => parts.reduce((n, p) => n + p.sentences.length, 0);

/**
 * What changed in each report since the latest release (`latest`, undefined where none was made): its figures, as
 * the change log compares them (`unreleased`, this build's data against that release), and its narrative's
 * sentences (`narratives`, this build's text by inspection, against the text the release kept); reports new since
 * it and reports it had that this build has not. Where the release kept no narrative text, no sentence is called
 * added, changed or unchanged: `sentences` is null and `narrativesRecorded` false.
 */
export function buildReview(
  latest: ReleaseInput | undefined,
  reports: readonly Pick<Report, 'key' | 'draft' | 'force' | 'slug' | 'title' | 'figures'>[],
  narratives: ReadonlyMap<string, NarrativeRecord>,
  unreleased: Changes | null,
): Review {
  const released = new Map((latest?.snapshot.inspections ?? []).map((row) => [inspectionEntry(row).key, inspectionEntry(row)]));
  const keptText = latest?.narratives ?? null;
  const releasedFigures = new Map((latest?.snapshot.figures ?? []).map((row) => [`${inspectionEntry(row).key}/${row.measure ?? ''}`, row]));
  const changed: ReportReview[] = [];
  const unchanged: InspectionEntry[] = [];
  for (const report of reports) {
    const entry = { key: report.key, forceName: report.force.name, title: report.title, path: reportPath({ force: report.force.id, slug: report.slug }) };
    const text = partsOf(narratives.get(report.key));
    const counts = { figures: report.figures.length, sentences: sentenceCount(text) };
    if (!released.has(report.key)) {
      changed.push({ ...entry, status: 'new', draft: report.draft, figures: noFigures, sentences: null, counts });
      continue;
    }
    const mine = <T extends { key: string }>(list: readonly T[] = []) => list.filter((item) => item.key === report.key);
    // An added figure's values are this build's; a removed one's, the release's.
    const valuesNow = (added: FigureEntry): Cells => {
      const figure = report.figures.find((f) => f.measure === added.measure);
      return figure ? figureCells(figure) : {};
    };
    const valuesThen = (removed: FigureEntry): Cells => releasedFigures.get(`${removed.key}/${removed.measure}`) ?? {};
    const figures = {
      added: mine(unreleased?.figuresAdded).map((added) => withValues(added, valuesNow(added))),
      changed: mine(unreleased?.figuresChanged),
      removed: mine(unreleased?.figuresRemoved).map((removed) => withValues(removed, valuesThen(removed))),
    };
    const measures = new Set([...figures.added, ...figures.changed, ...figures.removed].map((f) => f.measure));
    const sentences = keptText && diffNarrative(partsOf(keptText[report.key]), text, measures);
    if (measures.size === 0 && (sentences?.length ?? 0) === 0) unchanged.push(entry);
    else changed.push({ ...entry, status: 'changed', draft: report.draft, figures, sentences, counts });
  }
  const current = new Set(reports.map((r) => r.key));
  for (const [key, entry] of released) {
    if (current.has(key)) continue;
    const figures = (latest?.snapshot.figures ?? []).filter((row) => inspectionEntry(row).key === key).length;
    changed.push({ ...entry, status: 'removed', draft: false, figures: noFigures, sentences: null, counts: { figures, sentences: sentenceCount(partsOf(keptText?.[key])) } });
  }
  const byKey = (a: InspectionEntry, b: InspectionEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return {
    release: latest ? { version: latest.version, date: latest.date, notes: latest.notes } : null,
    narrativesRecorded: keptText !== null,
    reports: changed.sort(byKey),
    unchanged: unchanged.sort(byKey),
  };
}
