import { unrecordedEstimate } from './unrecordedEstimate.ts';

/**
 * The range of unrecorded crimes a year implied by an interval [low, high] on the recording rate.
 * The estimate falls as the rate rises, so the rate's upper bound gives the range's low end.
 */
export function unrecordedRange(recordedCrime: number, low: number, high: number): { low: number; high: number } {
  if (!(low <= high)) throw new RangeError(`unrecordedRange: low (${low}) must not exceed high (${high})`);
  return { low: unrecordedEstimate(recordedCrime, high), high: unrecordedEstimate(recordedCrime, low) };
}
