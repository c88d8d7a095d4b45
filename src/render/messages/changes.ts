import type { Changes } from '../changes.ts';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Every string of the "who got better or worse" page, in one place, ready for a message catalogue. */
export const changesText = {
  title: 'Who got better or worse',
  description: 'Every police force’s change in crime-recording rate between consecutive inspections, and whether it is more than chance.',
  counts: ({ counts: c }: Changes): string[] => [
    `${n(c.all, 'change', 'changes')} between consecutive inspections of the same force that published the same rate.`,
    `${c.byCounts + c.byIntervals} can be tested for chance: ${c.byCounts} from the audit counts (a two-proportion test) and ${c.byIntervals} from the printed 95% intervals. ` +
      `${n(c.untested, 'cannot', 'cannot')} be tested, because no 95% interval was published (or found) for one of the two rates.`,
    `Of those tested, ${n(c.significant, 'change is', 'changes are')} statistically significant at the 95% level: ${c.up} up and ${c.down} down. The others could be chance variation in the audited samples.`,
    `${n(c.forcesWithoutChange, 'force has', 'forces have')} at most one rate of each kind in this data, so no change to show.`,
  ],
  download: 'Download the table (CSV)',
  downloadHint: 'one row per change, rates as numbers, UTF-8 with a byte-order mark',
  caption: 'Each force’s change between consecutive inspections that published the same rate',
  headers: { force: 'Force', measure: 'Rate of', from: 'Earlier (year)', to: 'Later (year)', change: 'Change', significant: 'More than chance?' },
  method: 'How changes are tested',
} as const;
