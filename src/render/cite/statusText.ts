import type { Figure } from '../../engine/compute/model.ts';
import { statusWords } from './statusWords.ts';

/** How a figure was obtained; a count or a press rounding is always as the source gave it. */
export function statusText(figure: Figure): string {
  return statusWords(figure.rate?.status ?? 'published');
}
