import type { ChartSpec } from '../charts/ChartSpec.ts';
import { commentBlock } from './commentBlock.ts';
import { toCsv } from './toCsv.ts';

/** A chart's download: its provenance as "# key: value" lines, then exactly the rows of its table. */
export function chartCsv(spec: ChartSpec, header: readonly (readonly [string, string])[]): string {
  return commentBlock(header) + toCsv(spec.table.columns, spec.table.rows);
}
