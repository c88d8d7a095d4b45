import type { APIRoute } from 'astro';
import { buildStamp, packageVersion } from '../../render/downloads/buildStamp.ts';
import { datasetRows, figureColumns, inspectionColumns, records } from '../../render/downloads/dataset.ts';
import { absoluteUrl, sitePaths } from '../../routes.ts';
import { config, model } from 'virtual:cdi/model';

/** The same records as the two CSV files, typed: numbers as numbers, and null where a value is not published. */
export const GET: APIRoute = () => {
  const rows = datasetRows(model, config.site);
  const body = {
    version: buildStamp(model, packageVersion(config.root)),
    dictionary: absoluteUrl(sitePaths.data, config.site),
    inspections: records(inspectionColumns, rows.inspections),
    figures: records(figureColumns, rows.figures),
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
