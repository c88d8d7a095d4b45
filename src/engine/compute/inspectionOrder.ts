import type { Report } from './model.ts';

/*
 * The one order of inspections in time, used by every list, trend, "latest" and feed. Many inspections have
 * no publication date, so each is placed by the best date known: its publication, else the end (or start) of
 * its audit period, else the year in its title ("PEEL 2021/22" is placed at the end of 2022) or slug, else
 * just after the inspection it revisits. A re-inspection always comes after what it revisits.
 */

type Dated = Pick<Report, 'key' | 'slug' | 'title' | 'published' | 'auditPeriod' | 'grades'>;

/** The last year a title or slug names: "PEEL 2021/22" → 2022, "PEEL 2023–25" → 2025, "2018-cdi" → 2018. */
function yearIn(text: string): number | null {
  const match = /(?:^|\D)((?:19|20)\d\d)(?:\s*[/–-]\s*(\d\d(?:\d\d)?))?(?!\d)/.exec(text);
  if (!match) return null;
  const [, first, second] = match;
  if (!second) return Number(first);
  return second.length === 2 ? Number(first!.slice(0, 2) + second) : Number(second);
}

function ownDate(r: Dated): string | null {
  if (r.published) return r.published.date;
  const audit = r.auditPeriod?.end ?? r.auditPeriod?.start;
  if (audit) return audit;
  const year = yearIn(r.title) ?? yearIn(r.slug);
  return year === null ? null : `${year}-12-31`;
}

/** Place in time of each report: a date, and how many revisits deep it is (to order a revisit after its original). */
function placesOf(reports: readonly Dated[]): Map<string, { date: string; depth: number }> {
  const byKey = new Map(reports.map((r) => [r.key, r]));
  const places = new Map<string, { date: string; depth: number }>();
  const place = (r: Dated, seen: Set<string>): { date: string; depth: number } => {
    const known = places.get(r.key);
    if (known) return known;
    const revisited = r.grades.previous ? byKey.get(r.grades.previous.key) : undefined;
    const before = revisited && !seen.has(revisited.key) ? place(revisited, new Set([...seen, r.key])) : null;
    const own = ownDate(r);
    // A revisit is never before what it revisits, whatever its own date says.
    const date = before && (own === null || own < before.date) ? before.date : (own ?? '');
    const result = { date, depth: before ? before.depth + 1 : 0 };
    places.set(r.key, result);
    return result;
  };
  for (const r of reports) place(r, new Set());
  return places;
}

/** The reports, oldest first; ties keep a revisit after its original, then go by key. */
export function oldestFirst<T extends Dated>(reports: readonly T[]): T[] {
  return ordered(reports, 1);
}

/** The reports, newest first: `oldestFirst` reversed in time, but ties still by key (A to Z), as a reader scans a list. */
export function newestFirst<T extends Dated>(reports: readonly T[]): T[] {
  return ordered(reports, -1);
}

function ordered<T extends Dated>(reports: readonly T[], direction: 1 | -1): T[] {
  const places = placesOf(reports);
  const at = (r: T) => places.get(r.key)!;
  return [...reports].sort((a, b) => direction * (at(a).date.localeCompare(at(b).date) || at(a).depth - at(b).depth) || a.key.localeCompare(b.key));
}
