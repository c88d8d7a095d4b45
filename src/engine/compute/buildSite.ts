import { ascending, group } from 'd3-array';
import type { Inputs } from '../validate/validateInputs.ts';
import { inspectionKey, type Problem } from '../vocabulary.ts';
import { withAuditedFindings } from './aggregateAuditSheet.ts';
import { buildComparisons } from './buildComparisons.ts';
import { buildCoverage } from './buildCoverage.ts';
import { buildNational } from './buildNational.ts';
import { buildPlaces } from './buildPlaces.ts';
import { correctionReasons, currentDataset, forceRelease, releaseLog, reportRelease } from './buildReleases.ts';
import { buildReport } from './buildReport.ts';
import { buildReview } from './buildReview.ts';
import { newestFirst, oldestFirst } from './inspectionOrder.ts';
import type { Report, Site } from './model.ts';
import { narrativeRecord } from './narrativeRecord.ts';
import { printedForms } from './printedForms.ts';

/**
 * Computes every report and the site's index. Order is fixed by the data, never by the file system. With `review`
 * (the preview and a --drafts build), also what changed in each report since the latest release.
 */
export function buildSite(inputs: Inputs, findingsFile: string, { review = false }: { review?: boolean } = {}): { site: Site; problems: Problem[] } {
  const audited = withAuditedFindings(inputs.findings, inputs.audits, findingsFile);
  const problems: Problem[] = [...audited.problems];
  const forces = new Map(inputs.forces.map((f) => [f.id, f]));
  const inspections = new Map(inputs.inspections.map((i) => [inspectionKey(i), i]));
  const findings = group(audited.findings, inspectionKey);
  const narratives = new Map(inputs.narratives.map((n) => [inspectionKey(n), n]));
  const welshNarratives = new Map(inputs.welshNarratives.map((n) => [inspectionKey(n), n]));
  const printed = printedForms(inputs.researchLog);
  const places = buildPlaces(inputs.places);

  const drafts: Omit<Report, 'release'>[] = [];
  for (const inspection of inputs.inspections) {
    const force = forces.get(inspection.force);
    if (!force) continue;
    const built = buildReport({
      inspection,
      force,
      findings: findings.get(inspectionKey(inspection)) ?? [],
      narrative: narratives.get(inspectionKey(inspection)),
      welshNarrative: welshNarratives.get(inspectionKey(inspection)),
      revisited: inspection.revisits ? inspections.get(`${inspection.force}/${inspection.revisits}`) : undefined,
      findingsFile,
      printed,
      counted: audited.counted,
    });
    problems.push(...built.problems);
    drafts.push(built.report);
  }
  // The data releases, compared with the model's own values: the change log, and the release each citation names.
  const releases = releaseLog(inputs.releases, currentDataset(drafts), correctionReasons(drafts));
  const reports: Report[] = drafts.map((report) => ({ ...report, release: reportRelease(releases, report.key, report.figures.map((f) => f.measure)) }));
  const ordered = newestFirst(reports);
  const reportsByForce = group(ordered, (r) => r.force.id);
  const forceRefs = [...forces.values()]
    .sort((a, b) => ascending(a.name, b.name))
    .map((f) => ({ id: f.id, name: f.name, shortName: f.shortName, country: f.country }));
  const site: Site = {
    forces: forceRefs.map((f) => {
      const trends = buildComparisons(reportsByForce.get(f.id) ?? []);
      return {
        ...f,
        places: places.get(f.id) ?? [],
        reports: oldestFirst(reportsByForce.get(f.id) ?? []).map((r) => ({ key: r.key, url: r.url, title: r.title, published: r.published?.date ?? null })),
        trends,
        release: forceRelease(releases, trends),
      };
    }),
    reports: ordered,
    // Dataset-wide figures are computed here once; pages only read them.
    national: buildNational(forceRefs, reports),
    releases,
    inspectionsColumns: inputs.inspectionsColumns,
    findingsColumns: inputs.findingsColumns,
    coverage: buildCoverage(forceRefs, ordered, inputs.researchLog),
    review: review
      ? buildReview(inputs.releases.at(-1), reports, new Map(inputs.narratives.map((n) => [inspectionKey(n), narrativeRecord(n)])), releases.unreleased)
      : null,
  };
  return { site, problems };
}
