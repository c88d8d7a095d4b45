import type { APIRoute } from 'astro';
import { buildStamp } from '../../render/downloads/buildStamp.ts';
import { datasetRows } from '../../render/downloads/datasetRows.ts';
import { figureColumns } from '../../render/downloads/figureColumns.ts';
import { inspectionColumns } from '../../render/downloads/inspectionColumns.ts';
import { packageVersion } from '../../render/downloads/packageVersion.ts';
import { records } from '../../render/downloads/records.ts';
import { absoluteUrl } from '../../render/meta/absoluteUrl.ts';
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
