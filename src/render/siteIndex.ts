import { isNational } from '../engine/compute/buildNational.ts';
import type { ForceRef, Report, Site } from '../engine/compute/model.ts';
import { forcePath } from '../routes.ts';

/** A force (or the national entity) with its inspections, newest first, in the order the model gives them. */
export interface ForceInspections {
  force: ForceRef;
  url: string;
  /** Newest first; empty where no inspection of the force is published here. */
  reports: Report[];
}

/** What the home page lists: each force's latest inspection, then the earlier ones by force, then the national ones. */
export interface SiteIndex {
  /** Every force by name, with its latest inspection (null where it has none). */
  latest: { force: ForceRef; url: string; report: Report | null }[];
  /** The forces with more than one inspection, by name, each with its inspections before the latest, newest first. */
  earlier: ForceInspections[];
  /** The national entity's inspections: never among the forces. */
  national: ForceInspections[];
  /** How many inspections the index lists in all. */
  count: number;
}

/** One force's inspections, newest first: the reverse of the model's oldest-first order of each force's reports. */
export function forceInspections(site: Site, forceId: string): ForceInspections {
  const force = site.forces.find((f) => f.id === forceId);
  if (!force) throw new Error(`no force "${forceId}" in the model`);
  const byKey = new Map(site.reports.map((r) => [r.key, r]));
  const reports = force.reports.toReversed().flatMap((ref) => byKey.get(ref.key) ?? []);
  const { reports: _refs, trends: _trends, ...ref } = force;
  return { force: ref, url: forcePath(force.id), reports };
}

/** The home page's index of every inspection, so that no page folds them all into one flat table. */
export function siteIndex(site: Site): SiteIndex {
  const all = site.forces.map((f) => forceInspections(site, f.id));
  const forces = all.filter((f) => !isNational(f.force));
  return {
    latest: forces.map(({ force, url, reports }) => ({ force, url, report: reports[0] ?? null })),
    earlier: forces.filter((f) => f.reports.length > 1).map((f) => ({ ...f, reports: f.reports.slice(1) })),
    national: all.filter((f) => isNational(f.force) && f.reports.length > 0),
    count: all.reduce((sum, f) => sum + f.reports.length, 0),
  };
}
