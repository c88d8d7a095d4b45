import type { ForceRef, Report, Site } from '../engine/compute/model.ts';
import { forcePath } from '../routes.ts';

/** A force (or the national entity) with its inspections, newest first, in the order the model gives them. */
export interface ForceInspections {
  force: ForceRef;
  url: string;
  /** Newest first; empty where no inspection of the force is published here. */
  reports: Report[];
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
