/**
 * Welsh grammar the catalogue's templates need for their slots: the initial mutations (soft, aspirate, nasal)
 * and counting a noun with the right numeral, gender, mutation and number. Whole sentences stay in `cy.ts`;
 * this only shapes the words that go into their slots.
 */
import { formatNumber } from './format.ts';

export interface WelshNoun {
  singular: string;
  plural: string;
  gender: 'm' | 'f';
  /** The form after the numerals two to ten, where it differs from the singular (a possessive that agrees with the count: "dau faes i’w gwella"). */
  counted?: string;
}

type Rule = readonly [from: string, to: string];

/** Digraphs that are letters of their own and never mutate. */
const unmutable = ['ch', 'ph', 'th', 'ff', 'dd', 'ng'];
const softRules: readonly Rule[] = [['ll', 'l'], ['rh', 'r'], ['p', 'b'], ['t', 'd'], ['c', 'g'], ['b', 'f'], ['d', 'dd'], ['g', ''], ['m', 'f']];
const aspirateRules: readonly Rule[] = [['p', 'ph'], ['t', 'th'], ['c', 'ch']];
const nasalRules: readonly Rule[] = [['p', 'mh'], ['t', 'nh'], ['c', 'ngh'], ['b', 'm'], ['d', 'n'], ['g', 'ng']];

function mutate(word: string, rules: readonly Rule[]): string {
  const lower = word.toLowerCase();
  // An initialism (PEEL, HMICFRS) keeps its letters.
  if (unmutable.some((d) => lower.startsWith(d)) || /^\p{Lu}{2}/u.test(word)) return word;
  const rule = rules.find(([from]) => lower.startsWith(from));
  if (!rule) return word;
  const [from, to] = rule;
  const rest = word.slice(from.length);
  const mutated = to + rest;
  return word[0] !== lower[0] ? mutated.charAt(0).toUpperCase() + mutated.slice(1) : mutated;
}

/** Soft mutation (treiglad meddal): trosedd → drosedd, maes → faes, Gwent → Went. */
export const soft = (word: string) => mutate(word, softRules);
/** Aspirate mutation (treiglad llaes): cofnod → chofnod, prosesau → phrosesau. */
export const aspirate = (word: string) => mutate(word, aspirateRules);
/** Nasal mutation (treiglad trwynol): Gwent → Ngwent, Dyfed-Powys → Nyfed-Powys. */
export const nasal = (word: string) => mutate(word, nasalRules);

/** "in <place>": *yn* with the nasal mutation, and *yn* itself becomes *ym* or *yng* before the mutated sound. */
export function inPlace(place: string): string {
  const mutated = nasal(place);
  const lower = mutated.toLowerCase();
  const yn = mutated === place ? 'yn' : lower.startsWith('ng') ? 'yng' : lower.startsWith('m') ? 'ym' : 'yn';
  return `${yn} ${mutated}`;
}

/** The numerals two to ten by gender, and the mutation each puts on the noun after it. */
const numerals: Record<number, { m: string; f: string; mutation: (w: string) => string }> = {
  2: { m: 'dau', f: 'dwy', mutation: soft },
  3: { m: 'tri', f: 'tair', mutation: (w) => w },
  4: { m: 'pedwar', f: 'pedair', mutation: (w) => w },
  5: { m: 'pum', f: 'pum', mutation: (w) => w },
  6: { m: 'chwe', f: 'chwe', mutation: aspirate },
  7: { m: 'saith', f: 'saith', mutation: (w) => w },
  8: { m: 'wyth', f: 'wyth', mutation: (w) => w },
  9: { m: 'naw', f: 'naw', mutation: (w) => w },
  10: { m: 'deg', f: 'deg', mutation: (w) => w },
};

/**
 * A count of a noun as Welsh writes it: one to ten as words with the singular (or `counted`) form, mutated
 * after the numeral (*un drosedd*, *dwy drosedd*, *tair trosedd*, *tri chofnod*, *dau faes i’w gwella*); more
 * than ten as a figure, *o* and the soft-mutated plural (*20 o droseddau*); none as *dim* and the plural.
 */
export function countNoun(n: number, noun: WelshNoun): string {
  if (n === 0) return `dim ${noun.plural}`;
  if (n === 1) {
    // A feminine noun softens after *un*, except ll and rh.
    const lenites = noun.gender === 'f' && !/^(ll|rh)/i.test(noun.singular);
    return `un ${lenites ? soft(noun.singular) : noun.singular}`;
  }
  const numeral = Number.isInteger(n) ? numerals[n] : undefined;
  if (numeral) {
    const form = noun.counted ?? noun.singular;
    // *tri* takes the aspirate mutation; *tair* takes none.
    const mutation = n === 3 && noun.gender === 'm' ? aspirate : numeral.mutation;
    return `${numeral[noun.gender]} ${mutation(form)}`;
  }
  return `${formatNumber('cy', n)} o ${soft(noun.plural)}`;
}

/** "and" before a word: *ac* before a vowel, else *a* with the aspirate mutation (*a chyfradd*, *ac Arolygiad*). */
export function and(word: string): string {
  return /^[aeiouwy]/i.test(word) ? `ac ${word}` : `a ${aspirate(word)}`;
}

/** "a", "a a b", "a, b ac c": *a* ("and") puts the aspirate mutation on the word after it, and becomes *ac* before a vowel. */
export function welshList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and(items.at(-1)!)}`;
}
