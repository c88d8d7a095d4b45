/** A computed number without binary floating-point tails (87.86000000000001 → 87.86), for data files. */
export function plainNumber(value: number): number {
  return Number(value.toPrecision(12));
}
