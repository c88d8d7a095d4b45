/** The statistics of an inspection, one function per file as d3-array keeps them; import them from here. */
export { compareRates, type PublishedRate } from './compareRates.ts';
export { normalCdf } from './normalCdf.ts';
export { normalInterval, type NormalInterval } from './normalInterval.ts';
export { rate } from './rate.ts';
export { roundDownSignificant } from './roundDownSignificant.ts';
export { stratifiedEstimate, type StratifiedEstimate, type Stratum } from './stratifiedEstimate.ts';
export { twoProportionTest, type ProportionComparison } from './twoProportionTest.ts';
export { unrecordedEstimate } from './unrecordedEstimate.ts';
export { unrecordedRange } from './unrecordedRange.ts';
