import type { APIRoute } from 'astro';
import { correctionsFeed } from '../render/feeds/corrections.ts';
import { config, model } from 'virtual:cdi/model';

export const GET: APIRoute = () => new Response(correctionsFeed(model, config.site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
