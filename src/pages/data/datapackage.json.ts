import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { inputFiles } from '../../engine/vocabulary.ts';
import { config, model } from 'virtual:cdi/model';
import { siteReleases, packageRelease } from '../../releases/siteReleases.ts';
import { dataPackage } from '../../render/downloads/dataPackage.ts';

export const GET: APIRoute = () => {
  const release = packageRelease(siteReleases(model, config.inputRoot, config.site).log);
  // The columns of each input file as written, since a file may leave out an optional one.
  const header = (file: string) => (readFileSync(`${config.inputRoot}/${file}`, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').split(',').map((name) => name.trim());
  const headers = { inspections: header(inputFiles.inspections), findings: header(inputFiles.findings) };
  return new Response(`${JSON.stringify(dataPackage(model, release, config.site, headers), null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
