import { sitePaths } from '../../routes.ts';

/** Every string of the home page, in one place, ready for a message catalogue (a Welsh edition is planned). */
export const homeText = {
  title: 'How well do police forces record crime?',
  description: 'How accurately the police forces of England and Wales record the crimes reported to them: the national picture over time, every force’s latest inspection, and who got better or worse.',
  lead: (inspections: number, forces: number) =>
    `${inspections} crime-recording inspections of the ${forces} forces of England and Wales, every figure with its source.`,
  nationalHeading: 'The national picture',
  nationalMore: 'The chart as a table, and its data',
  mapHeading: 'Each force’s latest grade',
  mapNote: 'Each square shows one inspection: its grade and year. Rates and the full table are on the overview.',
  mapMore: 'Every force’s grade and rate, with years',
  findHeading: 'Find your force',
  findLabel: 'Force, council or town (or a short name: GMP, TVP)',
  findButton: 'Search',
  /** The hint under the box: what the place list covers, so that a reader knows what a miss means. */
  findPlaces: (places: number, forces: number) =>
    places === 0
      ? 'Search by force name or its common short name. No sourced list of towns and councils by force is in this site yet, so a place name finds a force only where the place is in the force’s name.'
      : `Also finds a force by a place in its area: ${places} counties, districts, boroughs, cities and towns in ${forces} forces’ areas, each spelled as a published text names it. Many towns and some councils are not in the list yet.`,
  findPlacesSources: 'Sources:',
  findPlacesOthers: 'and pages of Parliament, the inspectorate and the forces;',
  findPlacesList: 'the list, with each place’s source (CSV)',
  findNone: 'No force matches. Try the search page.',
  allForces: (count: number) => `All ${count} forces`,
  recentHeading: 'Most recent inspections',
  recentDateUnknown: 'publication date not known',
  onwardHeading: 'More',
  onward: [
    { href: sitePaths.overview, text: 'How the forces compare', hint: 'latest grades and rates side by side' },
    { href: sitePaths.betterOrWorse, text: 'Who got better or worse', hint: 'every change between inspections, tested' },
    { href: sitePaths.coverage, text: 'What the data holds', hint: 'each force and inspection cycle: found, not published, not yet found' },
    { href: sitePaths.data, text: 'Data downloads', hint: 'CSV and JSON' },
    { href: sitePaths.methodology, text: 'Methodology', hint: 'how the figures are worked out' },
  ],
} as const;
