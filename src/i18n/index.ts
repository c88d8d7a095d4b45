/** The site's message catalogue: one set of messages per language, English being the source of the keys. */
import { cy } from './cy.ts';
import { en, type Messages } from './en.ts';
import type { Locale } from './format.ts';

export { formatDate, formatNumber, locales, type Locale } from './format.ts';
export type { Messages, WelshForce } from './en.ts';

export const catalogue: Record<Locale, Messages> = { en, cy };

/** The messages of one language. */
export const messages = (locale: Locale): Messages => catalogue[locale];
