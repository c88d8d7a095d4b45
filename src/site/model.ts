import { readFileSync } from 'node:fs';
import type { Report, Site } from '../engine/model.ts';

let cached: Site | undefined;

/** The site model that scripts/build.ts wrote for this build (CDI_MODEL_DIR); read once per build. */
export function getSite(): Site {
  cached ??= JSON.parse(readFileSync(`${process.cwd()}/${process.env.CDI_MODEL_DIR ?? '.build/dist-model'}/site.json`, 'utf8')) as Site;
  return cached;
}

export function getReport(key: string): Report {
  const report = getSite().reports.find((r) => r.key === key);
  if (!report) throw new Error(`no report ${key} in the model`);
  return report;
}
