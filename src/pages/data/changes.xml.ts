import type { APIRoute } from 'astro';
import { config, model } from 'virtual:cdi/model';
import { changesFeed } from '../../render/feeds/changes.ts';

export const GET: APIRoute = () =>
  new Response(changesFeed(model.releases, config.site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
