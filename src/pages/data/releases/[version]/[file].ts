import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { config, model } from 'virtual:cdi/model';
import { releaseFiles, snapshotFolder } from '../../../../engine/vocabulary.ts';

/** Each release's dataset exactly as it was published: its committed snapshot, as the input files are published. */
export function getStaticPaths() {
  return model.releases.releases.flatMap(({ version }) => releaseFiles.snapshots.map((file) => ({ params: { version, file }, props: { path: `${snapshotFolder(version)}/${file}` } })));
}

export const GET: APIRoute<{ path: string }> = ({ props: { path } }) =>
  new Response(readFileSync(`${config.inputRoot}/${path}`), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
