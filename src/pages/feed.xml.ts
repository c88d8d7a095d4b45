import type { APIRoute } from 'astro';
import { reportsFeed } from '../render/feeds/atom.ts';
import { model } from 'virtual:cdi/model';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('feed.xml: set `site` in astro.config.mjs, since a feed needs absolute URLs');
  return new Response(reportsFeed(model, site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
