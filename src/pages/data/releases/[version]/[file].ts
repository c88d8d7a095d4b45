import type { APIRoute } from 'astro';
import { snapshotFiles } from '../../../../releases/releaseFiles.ts';
import { getReleases } from '../../../../site/releases.ts';

/** Each release's dataset exactly as it was published, from its committed snapshot. */
export function getStaticPaths() {
  return getReleases(new URL(import.meta.env.SITE)).releases.flatMap((release) =>
    snapshotFiles.map((file) => ({ params: { version: release.version, file }, props: { text: file === 'figures.csv' ? release.files.figures : release.files.inspections } })),
  );
}

export const GET: APIRoute<{ text: string }> = ({ props: { text } }) => new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
