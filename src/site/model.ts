import { readFileSync } from 'node:fs';
import type { Report, Site } from '../engine/model.ts';
import { modelDir } from '../engine/writeModel.ts';

let cached: Site | undefined;

/** The site model written by the pipeline; read once per build. */
export function getSite(): Site {
  cached ??= JSON.parse(readFileSync(`${process.cwd()}/${modelDir}/site.json`, 'utf8')) as Site;
  return cached;
}

export function getReport(key: string): Report {
  const report = getSite().reports.find((r) => r.key === key);
  if (!report) throw new Error(`no report ${key} in the model`);
  return report;
}
