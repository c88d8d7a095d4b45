/** The site's message catalogue: one set of messages per language, English being the source of the keys. */
import { cy } from './cy.ts';
import { en, type Messages } from './en.ts';
import type { Locale } from './format.ts';

export { formatDate, formatNumber, locales, type Locale } from './format.ts';
import type { WelshForce } from './en.ts';
export type { AbsentNoun, Messages, WelshForce } from './en.ts';

export const catalogue: Record<Locale, Messages> = { en, cy };

/** The messages of one language. */
export const messages = (locale: Locale): Messages => catalogue[locale];

/** The forces whose pages have a Welsh edition: the four Welsh forces the catalogue names. */
export const welshForces = Object.keys(catalogue.cy.force) as WelshForce[];

/** Whether a force's pages (its page and its reports' pages) have a Welsh edition. */
export const hasWelshEdition = (forceId: string): forceId is WelshForce => (welshForces as string[]).includes(forceId);
