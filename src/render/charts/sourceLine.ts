import type { Report, Status } from '../../engine/compute/model.ts';

export const statusPhrase: Record<Status, string> = { published: 'as published', computed: 'computed from counts' };

/** "Source: HMICFRS, <force>, <inspection title> (as published and computed from counts)". */
export function sourceLine(report: Report, phrases: string[]): string {
  const unique = [...new Set(phrases)];
  const how = unique.length > 0 ? ` (${unique.join(' and ')})` : '';
  return `Source: HMICFRS, ${report.force.name}, ${report.title}${how}`;
}
