import type { APIRoute } from 'astro';
import { correctionsFeed } from '../render/feeds/corrections.ts';
import { model } from 'virtual:cdi/model';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('corrections.xml: set `site` in astro.config.mjs, since a feed needs absolute URLs');
  return new Response(correctionsFeed(model, site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
