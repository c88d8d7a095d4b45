import type { APIRoute } from 'astro';
import { changesFeed } from '../../releases/changesFeed.ts';
import { getReleases } from '../../site/releases.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('changes.xml: set `site` in astro.config.mjs, since a feed needs absolute URLs');
  return new Response(changesFeed(getReleases(site).log, site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
