/** Dates and numbers in each language of the site, through `Intl` (Node's ICU has Welsh). */
export const locales = ['en', 'cy'] as const;
export type Locale = (typeof locales)[number];

/** The `Intl` locale of each language: British English, and Welsh. */
const intlLocale: Record<Locale, string> = { en: 'en-GB', cy: 'cy' };

/** An ISO date (YYYY-MM-DD) as the language writes it in full: "7 May 2021", "7 Mai 2021". */
export function formatDate(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** A number with the language's grouping and decimal marks: "4,400", "87.6". */
export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 20 }).format(n);
}

/** The plural category of a count in English ("one", "other"), for choosing a noun's form. */
export function englishPlural(n: number): 'one' | 'other' {
  return new Intl.PluralRules(intlLocale.en).select(n) === 'one' ? 'one' : 'other';
}
