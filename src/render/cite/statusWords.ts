import type { Status } from '../../engine/compute/model.ts';

const words: Record<Status, string> = { published: 'as published', computed: 'computed from counts' };

/** "as published" or "computed from counts", as pages say it. */
export function statusWords(status: Status): string {
  return words[status];
}
