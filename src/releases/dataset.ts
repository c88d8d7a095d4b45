import Papa from 'papaparse';
import type { Site } from '../engine/compute/model.ts';
import type { SiteAddress } from '../routes.ts';
import { datasetRows, figureColumns, inspectionColumns, recordsCsv } from '../render/downloads/dataset.ts';

/** One row of a dataset CSV, by column name, as written in the file ("" is not published). */
export type Cells = Record<string, string>;

/** The two files of a release: what /data/figures.csv and /data/inspections.csv held when it was made. */
export interface DatasetFiles {
  figures: string;
  inspections: string;
}

export interface Dataset {
  figures: Cells[];
  inspections: Cells[];
}

/** The dataset files this build publishes: the same text as /data/figures.csv and /data/inspections.csv. */
export function datasetFiles(site: Site, address: SiteAddress): DatasetFiles {
  const rows = datasetRows(site, address);
  return { figures: recordsCsv(figureColumns, rows.figures), inspections: recordsCsv(inspectionColumns, rows.inspections) };
}

/** Reads dataset files back as cells, so that a release and the current data are compared in the same terms. */
export function parseDataset(files: DatasetFiles, where: string): Dataset {
  const table = (text: string, file: string): Cells[] => {
    const parsed = Papa.parse<Cells>(text, { header: true, skipEmptyLines: true });
    const first = parsed.errors[0];
    if (first) throw new Error(`${where}/${file}:${(first.row ?? 0) + 2}: error: ${first.message}`);
    return parsed.data;
  };
  return { figures: table(files.figures, 'figures.csv'), inspections: table(files.inspections, 'inspections.csv') };
}

export const inspectionKey = (row: Cells): string => `${row.force_id}/${row.inspection_slug}`;
export const figureKey = (row: Cells): string => `${inspectionKey(row)}/${row.measure}`;
