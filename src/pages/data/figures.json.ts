import type { APIRoute } from 'astro';
import { buildStamp, packageVersion } from '../../render/downloads/buildStamp.ts';
import { datasetRows, figureColumns, inspectionColumns, records } from '../../render/downloads/dataset.ts';
import { absoluteUrl } from '../../render/meta/reportMeta.ts';
import { getSite } from '../../site/model.ts';

/** The same records as the two CSV files, typed: numbers as numbers, and null where a value is not published. */
export const GET: APIRoute = ({ site }) => {
  const rows = datasetRows(getSite(), site);
  const body = {
    version: buildStamp(getSite(), packageVersion()),
    dictionary: absoluteUrl('/data/', site),
    inspections: records(inspectionColumns, rows.inspections),
    figures: records(figureColumns, rows.figures),
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
