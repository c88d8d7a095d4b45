/**
 * The sentences of one paragraph of narrative source text, placeholders unresolved, its white space made single
 * spaces. A sentence ends at ".", "!" or "?" (and any closing quote, bracket or emphasis mark) followed by a space
 * and a character that can start a sentence: a capital, a digit, an opening quote or bracket, an emphasis mark or
 * a placeholder. So a decimal point, a placeholder's dot ({{overall.rate}}) and "e.g. the" never end one.
 */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (text === '') return [];
  return text.split(/(?<=[.!?]["'’”)\]*_]*) (?=[\p{Lu}\d"'‘“([{*_])/u);
}
