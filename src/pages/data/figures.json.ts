import type { APIRoute } from 'astro';
import { buildStamp, packageVersion } from '../../render/downloads/buildStamp.ts';
import { datasetRows, figureColumns, inspectionColumns, records } from '../../render/downloads/dataset.ts';
import { absoluteUrl } from '../../render/url.ts';
import { model } from 'virtual:cdi/model';

/** The same records as the two CSV files, typed: numbers as numbers, and null where a value is not published. */
export const GET: APIRoute = ({ site }) => {
  const rows = datasetRows(model, site);
  const body = {
    version: buildStamp(model, packageVersion()),
    dictionary: absoluteUrl('/data/', site),
    inspections: records(inspectionColumns, rows.inspections),
    figures: records(figureColumns, rows.figures),
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
