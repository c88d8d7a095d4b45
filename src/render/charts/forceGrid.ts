/**
 * Where each of the 43 territorial forces of England and Wales sits on the overview's tile grid map, and the short
 * code written in its cell. One equal square per force, as newspapers draw UK regions, so no boundary file is needed.
 *
 * How the positions were chosen: by hand, 7 columns (west to east) by 10 rows (north to south), starting from each
 * force's rough place on a map of England and Wales and then nudging neighbours apart so that every force keeps as
 * many of its real neighbours as a grid allows: the Welsh forces form the west edge, London (the Metropolitan and the
 * City of London) sits with Kent, Essex, Surrey and Sussex around it, and the coast runs from Northumbria down the
 * east side to Kent and from Cumbria down the west to Devon and Cornwall. The codes are three letters, unique, and close to the names forces use for themselves (GMP, TVP).
 */
export const forceGrid: readonly { id: string; code: string; column: number; row: number }[] = [
  { id: 'northumbria', code: 'NBR', column: 4, row: 0 },
  { id: 'cumbria', code: 'CUM', column: 3, row: 1 },
  { id: 'durham', code: 'DUR', column: 4, row: 1 },
  { id: 'cleveland', code: 'CLE', column: 5, row: 1 },
  { id: 'lancashire', code: 'LAN', column: 3, row: 2 },
  { id: 'north-yorkshire', code: 'NYP', column: 4, row: 2 },
  { id: 'merseyside', code: 'MER', column: 2, row: 3 },
  { id: 'greater-manchester', code: 'GMP', column: 3, row: 3 },
  { id: 'west-yorkshire', code: 'WYP', column: 4, row: 3 },
  { id: 'humberside', code: 'HUM', column: 5, row: 3 },
  { id: 'north-wales', code: 'NWP', column: 1, row: 4 },
  { id: 'cheshire', code: 'CHE', column: 2, row: 4 },
  { id: 'derbyshire', code: 'DER', column: 3, row: 4 },
  { id: 'south-yorkshire', code: 'SYP', column: 4, row: 4 },
  { id: 'dyfed-powys', code: 'DPP', column: 1, row: 5 },
  { id: 'staffordshire', code: 'STA', column: 2, row: 5 },
  { id: 'nottinghamshire', code: 'NOT', column: 3, row: 5 },
  { id: 'lincolnshire', code: 'LIN', column: 4, row: 5 },
  { id: 'norfolk', code: 'NFK', column: 5, row: 5 },
  { id: 'west-mercia', code: 'WMC', column: 1, row: 6 },
  { id: 'west-midlands', code: 'WMP', column: 2, row: 6 },
  { id: 'leicestershire', code: 'LEI', column: 3, row: 6 },
  { id: 'northamptonshire', code: 'NTH', column: 4, row: 6 },
  { id: 'cambridgeshire', code: 'CAM', column: 5, row: 6 },
  { id: 'suffolk', code: 'SFK', column: 6, row: 6 },
  { id: 'south-wales', code: 'SWP', column: 0, row: 7 },
  { id: 'gwent', code: 'GWE', column: 1, row: 7 },
  { id: 'gloucestershire', code: 'GLO', column: 2, row: 7 },
  { id: 'warwickshire', code: 'WAR', column: 3, row: 7 },
  { id: 'bedfordshire', code: 'BED', column: 4, row: 7 },
  { id: 'hertfordshire', code: 'HER', column: 5, row: 7 },
  { id: 'essex', code: 'ESX', column: 6, row: 7 },
  { id: 'avon-and-somerset', code: 'ASP', column: 1, row: 8 },
  { id: 'wiltshire', code: 'WIL', column: 2, row: 8 },
  { id: 'thames-valley', code: 'TVP', column: 3, row: 8 },
  { id: 'metropolitan', code: 'MET', column: 4, row: 8 },
  { id: 'city-of-london', code: 'COL', column: 5, row: 8 },
  { id: 'kent', code: 'KEN', column: 6, row: 8 },
  { id: 'devon-and-cornwall', code: 'DCP', column: 1, row: 9 },
  { id: 'dorset', code: 'DOR', column: 2, row: 9 },
  { id: 'hampshire-and-isle-of-wight', code: 'HAM', column: 3, row: 9 },
  { id: 'surrey', code: 'SUR', column: 4, row: 9 },
  { id: 'sussex', code: 'SSX', column: 5, row: 9 },
];

export const gridColumns = 7;
export const gridRows = 10;
