import type { APIRoute } from 'astro';
import { changeColumns, siteChanges } from '../../render/changes.ts';
import { byteOrderMark, toCsv } from '../../render/downloads/csv.ts';
import { model } from 'virtual:cdi/model';

/** The "who got better or worse" table as data: one row per change, numbers as numbers. */
export const GET: APIRoute = () => {
  const { rows } = siteChanges(model);
  const csv = byteOrderMark + toCsv(changeColumns.map((c) => c.name), rows.map((r) => changeColumns.map((c) => { const v = c.value(r); return typeof v === 'boolean' ? String(v) : v; })));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
