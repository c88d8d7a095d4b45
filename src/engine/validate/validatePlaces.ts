import type { CsvTable } from '../load/tableFromRecords.ts';
import { error, type Problem } from '../vocabulary.ts';
import { placeRow, type PlaceInput } from './rowSchemas.ts';
import { validateRows } from './validateRows.ts';

/** A place name as a reader would type it: case, accents, punctuation and spacing aside ("St. Helens" is "st helens"). */
export const placeKey = (name: string): string =>
  name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9& ]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * data/places.csv: each place belongs to a known force, is named once (a place in two police areas would send a
 * reader to the wrong force), and is spelled as the words copied from its source print it.
 */
export function validatePlaces(table: CsvTable, forceIds: ReadonlySet<string>): { places: PlaceInput[]; problems: Problem[] } {
  const { records, problems } = validateRows(table, placeRow);
  const first = new Map<string, PlaceInput>();
  const rows = new Map(table.rows.map((row) => [row.line, row]));
  for (const p of records) {
    const at = (field: string) => ({ line: p.line, column: rows.get(p.line)?.columns[field], field });
    if (!forceIds.has(p.force)) problems.push(error(table.file, `unknown force "${p.force}"; it must be an id in data/forces.csv`, at('force')));
    if (!p.printed.includes(p.place)) problems.push(error(table.file, `"${p.place}" is not in the printed words "${p.printed}"; copy the place as the source spells it`, at('place')));
    const earlier = first.get(placeKey(p.place));
    if (earlier) problems.push(error(table.file, `duplicate place "${p.place}"; it is already on line ${earlier.line} (${earlier.force})`, at('place')));
    else first.set(placeKey(p.place), p);
  }
  return { places: records, problems };
}
