import type { APIRoute } from 'astro';
import { config, model } from 'virtual:cdi/model';
import { changesFeed } from '../../releases/changesFeed.ts';
import { siteReleases } from '../../releases/siteReleases.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('changes.xml: set `site` in astro.config.mjs, since a feed needs absolute URLs');
  return new Response(changesFeed(siteReleases(model, config.inputRoot, site).log, site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
