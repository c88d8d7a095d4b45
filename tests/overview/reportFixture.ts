import type { Kind } from '../../src/engine/vocabulary.ts';
import type { Figure, Report } from '../../src/engine/compute/model.ts';
import { reportPath } from '../../src/routes.ts';

/** A figure of an audited stratum, with only what the overview and comparisons read. */
export function figure(measure: string, rate: number | null, halfWidth: number | null = null, counts: [number, number] | null = null): Figure {
  return {
    measure,
    label: measure,
    phrase: measure,
    group: 'recording',
    shape: 'proportion',
    question: 1,
    numerator: counts?.[0] ?? null,
    denominator: counts?.[1] ?? null,
    countText: counts ? `${counts[0]} of ${counts[1]}` : null,
    rate: rate === null ? null : { value: rate, text: `${rate}%`, status: 'published' },
    interval:
      rate === null || halfWidth === null
        ? null
        : { halfWidth, low: rate - halfWidth, high: rate + halfWidth, text: `±${halfWidth}`, lowText: `${rate - halfWidth}%`, highText: `${rate + halfWidth}%`, rangeText: `${rate - halfWidth}% to ${rate + halfWidth}%`, status: 'published' },
    unrecorded: null,
    additional: null,
    approx: null,
    source: 'https://example.org',
    sourceText: null,
    note: null,
    line: 2,
    printedDecimals: null,
    absent: { rate: rate === null ? 'not-found' : null, interval: rate === null || halfWidth === null ? 'not-found' : null, unrecorded: 'not-found', count: counts ? null : 'not-found', additional: 'not-found' },
  };
}

/** A report of force `force` with the given figures; everything else is plain filler. */
export function report(force: string, slug: string, published: string | null, figures: Figure[], options: { kind?: Kind; auditEnd?: string; grade?: Report['grades']['overall']; scale?: Report['grades']['scale'] } = {}): Report {
  return {
    release: { latest: null, changedSince: [] },
    key: `${force}/${slug}`,
    draft: false,
    url: reportPath({ force, slug }),
    force: { id: force, name: `${force} Police`, shortName: force, country: 'England' },
    slug,
    kind: options.kind ?? 'cdi',
    kindLabel: 'First inspection',
    title: `Inspection ${slug}`,
    headline: `Inspection ${slug}.`,
    year: published?.slice(0, 4) ?? null,
    published: published ? { date: published, text: published } : null,
    auditPeriod: options.auditEnd ? { start: null, end: options.auditEnd, text: options.auditEnd, months: null } : null,
    grades: {
      scale: options.scale ?? 'four-grade',
      overall: options.grade ?? null,
      questions: { 1: null, 2: null, 3: null },
      regradedFrom: null,
      previous: null,
      absent: { overall: options.grade ? null : 'not-found', questions: { 1: 'not-found', 2: 'not-found', 3: 'not-found' } },
    },
    context: {
      prcTotal: null,
      auditableRoutePctText: null,
      population: null,
      populationText: null,
      absent: { prcTotal: 'not-found', auditableRoutePct: 'not-found', population: 'not-found', auditPeriod: 'not-found' },
    },
    figures,
    narrative: null,
    narrativeCy: null,
    sourceUrl: 'https://example.org',
    notes: null,
    flags: [],
  };
}
