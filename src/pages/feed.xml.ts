import type { APIRoute } from 'astro';
import { reportsFeed } from '../render/feeds/atom.ts';
import { getSite } from '../site/model.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('feed.xml: set `site` in astro.config.mjs, since a feed needs absolute URLs');
  return new Response(reportsFeed(getSite(), site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
