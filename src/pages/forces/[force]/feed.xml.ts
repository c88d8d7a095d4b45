import type { APIRoute } from 'astro';
import { forceFeed } from '../../../render/feeds/corrections.ts';
import { config, model } from 'virtual:cdi/model';

export const getStaticPaths = () => model.forces.map((force) => ({ params: { force: force.id } }));

/** One force's Atom feed: its published inspections and their corrections. */
export const GET: APIRoute = ({ params }) => new Response(forceFeed(model, params.force!, config.site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
