const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const numberWords: Record<string, string> = { '3': 'three', three: 'three', '6': 'six', six: 'six' };

const MONTH = months.join('|');
const dateInWords = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\s+(\d{4})\b`, 'i');
const dateInDigits = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const isoDate = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const within = /\bwithin\s+(three|six|3|6)\s+months\b/i;
// A deadline given apart at the end of a recommendation: "… Due: within three months." or "… (immediately)".
const labelled = /\s*(?:\b(?:due|deadline)\s*:\s*([^()]+?)|\(([^()]+)\))\s*\.?\s*$/i;

const iso = (year: number, month: number, day: number): string | null => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    : null;
};

/** A deadline in a report's own wording: "immediately", "within three months", "within six months", or a date. */
function deadlineIn(text: string): string | null {
  if (/\bimmediately\b/i.test(text)) return 'immediately';
  const months3or6 = within.exec(text);
  if (months3or6) return `within ${numberWords[(months3or6[1] ?? '').toLowerCase()]} months`;
  const words = dateInWords.exec(text);
  if (words) return iso(Number(words[3]), months.indexOf((words[2] ?? '').toLowerCase()) + 1, Number(words[1]));
  const digits = dateInDigits.exec(text);
  if (digits) return iso(Number(digits[3]), Number(digits[2]), Number(digits[1]));
  const isoMatch = isoDate.exec(text);
  return isoMatch ? iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])) : null;
}

/**
 * A recommendation's text and its deadline. A deadline written apart at the end ("Due: within three months.",
 * "(by 31 March 2027)") is taken out of the text; otherwise the deadline is read from the wording of the text,
 * which is kept whole ("The force should immediately …"). Dates in digits are day first (31/03/2027), as in the UK.
 */
export function readDeadline(recommendation: string): { text: string; due: string | null } {
  const apart = labelled.exec(recommendation);
  const dueApart = apart ? deadlineIn(apart[1] ?? apart[2] ?? '') : null;
  if (apart && dueApart) {
    // "Review the plan (by 31 March 2027)." keeps its full stop once the deadline is taken out.
    const text = recommendation.slice(0, apart.index).trim();
    return { text: /[.!?]$/.test(text) || !/\.\s*$/.test(recommendation) ? text : `${text}.`, due: dueApart };
  }
  return { text: recommendation.trim(), due: deadlineIn(recommendation) };
}
