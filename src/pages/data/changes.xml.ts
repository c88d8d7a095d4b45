import type { APIRoute } from 'astro';
import { config, model } from 'virtual:cdi/model';
import { changesFeed } from '../../releases/changesFeed.ts';
import { siteReleases } from '../../releases/siteReleases.ts';

export const GET: APIRoute = () =>
  new Response(changesFeed(siteReleases(model, config.inputRoot, config.site).log, config.site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
