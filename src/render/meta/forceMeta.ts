import type { ForceRef } from '../../engine/compute/model.ts';
import { messages, type Locale } from '../../i18n/index.ts';
import type { SiteAddress } from '../../routes.ts';
import { forceName } from '../localised.ts';
import { openGraph, type MetaTag } from './reportMeta.ts';

/** A force page's description in its language: the force and how many inspections of it the page lists. */
export function forceDescription(force: Pick<ForceRef, 'id' | 'name'>, inspections: number, lang: Locale = 'en'): string {
  return messages(lang).meta.forceDescription({ force: forceName(lang, force), count: inspections });
}

/** A force page's link-preview tags (no image: a force has no social card), its address the language's edition's. */
export function forceMeta(force: Pick<ForceRef, 'id' | 'name'>, inspections: number, site: SiteAddress, lang: Locale, editions: Partial<Record<Locale, string>> & { en: string }): MetaTag[] {
  return openGraph({ type: 'website', title: forceName(lang, force), description: forceDescription(force, inspections, lang), path: editions[lang] ?? editions.en }, site, lang, editions);
}
