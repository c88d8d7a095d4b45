import { existsSync, readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { config } from 'virtual:cdi/model';
import { inputFiles } from '../../../engine/vocabulary.ts';
import { republishedCsv } from '../../../render/downloads/csv.ts';

/** The input files as the build read them, for anyone who wants to check or rebuild the figures; a cell that would run as a spreadsheet formula is made text. */
export function getStaticPaths() {
  return [inputFiles.forces, inputFiles.inspections, inputFiles.findings, inputFiles.researchLog, inputFiles.places]
    .filter((path) => existsSync(`${config.inputRoot}/${path}`))
    .map((path) => ({ params: { file: path.slice(path.lastIndexOf('/') + 1) }, props: { path } }));
}

export const GET: APIRoute<{ path: string }> = ({ props: { path } }) =>
  new Response(republishedCsv(readFileSync(`${config.inputRoot}/${path}`, 'utf8')), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
