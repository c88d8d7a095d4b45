import type { Cycle, Kind } from '../vocabulary.ts';

/**
 * The cycle of the record an inspection belongs to, from its kind and the year its slug starts with (PEEL results,
 * and the national figures of a PEEL cycle, are slugged by the cycle's last year: `2022-peel` for 2021/22,
 * `2025-peel` for 2023–25; the Dyfed-Powys accelerated inspection of 2021 and its 2022 revisit fall in 2021/22).
 * Null for an inspection outside the cycles
 * (Greater Manchester's 2020 inspection of its service to victims).
 */
export function inspectionCycle(inspection: { kind: Kind; slug: string }): Cycle | null {
  const year = Number(/^(\d{4})-/.exec(inspection.slug)?.[1]);
  switch (inspection.kind) {
    case 'dip-sample-2014':
      return '2014';
    case 'cdi':
    case 'cdi-reinspection':
      return inspection.kind;
    // The national picture: the 2014 inspection, then the national figures of each PEEL cycle.
    case 'national':
      return year === 2014 ? '2014' : peelCycle(year);
    case 'peel':
      return peelCycle(year);
    default:
      return null;
  }
}

function peelCycle(year: number): Cycle | null {
  if (year >= 2021 && year <= 2022) return 'peel-2021-22';
  if (year >= 2023 && year <= 2025) return 'peel-2023-25';
  return null;
}

/** The column of the coverage matrix that a research-log cycle searched for ("state-of-policing-2023" → its PEEL cycle). */
export function searchedCycle(logCycle: string): Cycle | null {
  if (logCycle === 'dip-sample-2014' || logCycle === 'national-2014') return '2014';
  if (logCycle === 'cdi' || logCycle === 'cdi-reinspection' || logCycle === 'peel-2021-22' || logCycle === 'peel-2023-25') return logCycle;
  const year = Number(/^state-of-policing-(\d{4})$/.exec(logCycle)?.[1]);
  return peelCycle(Math.min(year, 2025));
}
