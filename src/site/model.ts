import { readFileSync } from 'node:fs';
import type { Report, Site } from '../engine/compute/model.ts';

let cached: Site | undefined;

/**
 * The site model that scripts/build.ts wrote for this build (CDI_MODEL_DIR); read once per build.
 * In dev (CDI_MODEL_LIVE) the model is rewritten as inputs change, so it is read afresh each time.
 */
export function getSite(): Site {
  if (process.env.CDI_MODEL_LIVE === '1') cached = undefined;
  cached ??= JSON.parse(readFileSync(`${process.cwd()}/${process.env.CDI_MODEL_DIR ?? '.build/dist-model'}/site.json`, 'utf8')) as Site;
  return cached;
}

const byKey = new WeakMap<Site, Map<string, Report>>();
const byUrl = new WeakMap<Site, Map<string, Report>>();

/** Indexes the reports once per model: a lookup per page that scanned every report made the build quadratic. */
function indexed(index: WeakMap<Site, Map<string, Report>>, field: 'key' | 'url'): Map<string, Report> {
  const site = getSite();
  let map = index.get(site);
  if (!map) {
    map = new Map(site.reports.map((report) => [report[field], report]));
    index.set(site, map);
  }
  return map;
}

export function getReport(key: string): Report {
  const report = indexed(byKey, 'key').get(key);
  if (!report) throw new Error(`no report ${key} in the model`);
  return report;
}

/** The report published at a page URL (`/forces/metropolitan/2018-cdi/`), if any. */
export const reportAt = (url: string): Report | undefined => indexed(byUrl, 'url').get(url);
