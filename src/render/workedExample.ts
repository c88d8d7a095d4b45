import { formatCount } from '../engine/compute/format.ts';
import { formatHalfWidth } from '../engine/compute/format.ts';
import { formatPercent } from '../engine/compute/format.ts';
import { compareRates } from '../engine/compute/stats/index.ts';
import { normalInterval } from '../engine/compute/stats/index.ts';
import { roundDownSignificant } from '../engine/compute/stats/index.ts';
import { unrecordedEstimate } from '../engine/compute/stats/index.ts';
import type { Figure, NationalForce, Site } from '../engine/compute/model.ts';
import { formatNumber, messages, type Locale } from '../i18n/index.ts';
import { estimateText, rangeText } from './localised.ts';

const exampleReport = 'metropolitan/2018-cdi';

const figureOf = (site: Site, measure: string): Figure => {
  const figure = site.reports.find((r) => r.key === exampleReport)?.figures.find((f) => f.measure === measure);
  if (!figure) throw new Error(`methodology: the worked example needs ${exampleReport} ${measure} in the data`);
  return figure;
};

const points = (value: number): string => formatPercent(value, 1).slice(0, -1);

/**
 * The methodology page's worked example, computed with the engine's own functions from the Met 2018 figures
 * in the data, so that the page and the code cannot drift apart. The numbers are the same in every language; the
 * few words between them ("459 of 524", "85.2% to 90.0%", "not published") are the language's.
 */
export function workedExample(site: Site, lang: Locale = 'en') {
  const t = messages(lang);
  // Another data set (an example project, a benchmark) may not hold the Met 2018 inspection: the page then explains without it.
  if (!site.reports.some((r) => r.key === exampleReport)) return null;
  const violence = figureOf(site, 'violence');
  const overall = figureOf(site, 'overall');
  const sexual = figureOf(site, 'sexual-offences');
  if (violence.numerator === null || violence.denominator === null || !overall.rate || !overall.interval || !overall.unrecorded) {
    throw new Error(`methodology: the worked example needs counts for violence and a published overall rate, interval and estimate for ${exampleReport}`);
  }
  const x = violence.numerator;
  const n = violence.denominator;
  const interval = normalInterval(x, n);
  const p = overall.rate.value / 100;
  // The base that reproduces the published "over N": the report itself prints police recorded crime only as "over 800,000".
  const base = Math.round((overall.unrecorded.over * p) / (1 - p));
  const estimate = unrecordedEstimate(base, p);

  const met: NationalForce | undefined = site.national.forces.find((f) => f.rate?.from.key === exampleReport);
  const others = site.national.forces.filter((f) => f !== met && f.rate?.interval);
  const compare = (other: NationalForce) => {
    const result = compareRates({ p: overall.rate!.value, halfWidth: overall.interval!.halfWidth }, { p: other.rate!.value, halfWidth: other.rate!.interval!.halfWidth });
    return {
      force: other.force.name,
      rateText: other.rate!.text,
      intervalText: other.rate!.interval!.text,
      gapText: points(Math.abs(result.difference)),
      zText: Math.abs(result.z).toFixed(2),
      significant: result.significant,
    };
  };
  const closest = [...others].sort((a, b) => Math.abs(a.rate!.value - overall.rate!.value) - Math.abs(b.rate!.value - overall.rate!.value))[0];
  const lowest = [...others].sort((a, b) => a.rate!.value - b.rate!.value)[0];

  return {
    force: site.reports.find((r) => r.key === exampleReport)!.force.name,
    violence: {
      of: t.figure.count({ numerator: formatCount(x), denominator: formatCount(n) }),
      x: formatCount(x),
      n: formatCount(n),
      pText: interval.p.toFixed(4),
      rateText: formatPercent(interval.p * 100, 1),
      halfWidthText: formatHalfWidth(interval.halfWidth * 100, 2),
      rangeText: t.figure.range({ low: formatPercent(interval.low * 100, 1), high: formatPercent(interval.high * 100, 1) }),
      publishedText: `${violence.rate?.text ?? t.absence('rate').notPublished} ${violence.interval?.text ?? ''}`.trim(),
    },
    overall: {
      rateText: overall.rate.text,
      pText: String(p),
      halfWidthText: overall.interval.text,
      rangeText: rangeText(lang, overall.interval),
      baseText: formatCount(base),
      estimateText: formatCount(Math.round(estimate)),
      overText: `${t.qualifier.over} ${formatCount(Math.floor(roundDownSignificant(estimate)))}`,
      publishedOverText: estimateText(lang, overall.unrecorded),
      rangeOfUnrecorded: overall.unrecorded.range ? t.figure.range({ low: formatNumber(lang, overall.unrecorded.range.low), high: formatNumber(lang, overall.unrecorded.range.high) }) : null,
    },
    sexualRateText: sexual.rate?.text ?? null,
    comparisons: [closest, lowest].filter((f) => f !== undefined).filter((f, i, all) => all.indexOf(f) === i).map(compare),
  };
}
