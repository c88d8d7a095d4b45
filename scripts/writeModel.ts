import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Site } from '../src/engine/compute/model.ts';

/** Writes the site model for the pages, and one JSON file per report for anyone who wants the computed figures. */
export function writeModel(root: string, modelDir: string, site: Site): void {
  const dir = `${root}/${modelDir}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}/reports`, { recursive: true });
  writeFileSync(`${dir}/site.json`, JSON.stringify(site));
  for (const report of site.reports) {
    mkdirSync(`${dir}/reports/${report.force.id}`, { recursive: true });
    writeFileSync(`${dir}/reports/${report.force.id}/${report.slug}.json`, `${JSON.stringify(report, null, 2)}\n`);
  }
}
