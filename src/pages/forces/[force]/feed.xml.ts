import type { APIRoute } from 'astro';
import { forceFeed } from '../../../render/feeds/corrections.ts';
import { model } from 'virtual:cdi/model';

export const getStaticPaths = () => model.forces.map((force) => ({ params: { force: force.id } }));

/** One force's Atom feed: its published inspections and their corrections. */
export const GET: APIRoute = ({ params, site }) => {
  if (!site) throw new Error('feed.xml: set `site` in astro.config.mjs, since a feed needs absolute URLs');
  return new Response(forceFeed(model, params.force!, site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
