import type { APIRoute } from 'astro';
import { config, model } from 'virtual:cdi/model';
import { snapshotFiles } from '../../../../releases/releaseFiles.ts';
import { siteReleases } from '../../../../releases/siteReleases.ts';

/** Each release's dataset exactly as it was published, from its committed snapshot. */
export function getStaticPaths() {
  return siteReleases(model, config.inputRoot, config.site).releases.flatMap((release) =>
    snapshotFiles.map((file) => ({ params: { version: release.version, file }, props: { text: file === 'figures.csv' ? release.files.figures : release.files.inspections } })),
  );
}

export const GET: APIRoute<{ text: string }> = ({ props: { text } }) => new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
