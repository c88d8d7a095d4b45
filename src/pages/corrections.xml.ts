import type { APIRoute } from 'astro';
import { model } from 'virtual:cdi/model';
import { correctionsFeed } from './corrections/_correctionsFeed.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('corrections.xml: set `site` in astro.config.mjs, since a feed needs absolute URLs');
  return new Response(correctionsFeed(model, site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
