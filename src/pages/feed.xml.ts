import type { APIRoute } from 'astro';
import { reportsFeed } from '../render/feeds/atom.ts';
import { config, model } from 'virtual:cdi/model';

export const GET: APIRoute = () => new Response(reportsFeed(model, config.site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
