/**
 * Crimes a year that went unrecorded: if recordedCrime is the share p of those that should
 * have been recorded, then recordedCrime / p should have been, and the difference was not.
 */
export function unrecordedEstimate(recordedCrime: number, p: number): number {
  if (!(recordedCrime >= 0)) throw new RangeError(`unrecordedEstimate: recorded crime must be non-negative, got ${recordedCrime}`);
  if (!(p > 0 && p <= 1)) throw new RangeError(`unrecordedEstimate: p must be in (0, 1], got ${p}`);
  return (recordedCrime * (1 - p)) / p;
}
