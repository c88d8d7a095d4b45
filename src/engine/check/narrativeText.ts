/**
 * A narrative file's text prepared for prose checks: placeholders, web addresses and inline code are blanked
 * with spaces (keeping every offset), and each offset maps back to a line and column of the file.
 */
export interface NarrativeText {
  /** The file's text with the parts that are not prose blanked out. */
  prose: string;
  /** The `{{measure.field}}` placeholders, with their offsets. */
  placeholders: { offset: number; measure: string; field: string }[];
  at: (offset: number) => { line: number; column: number };
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

export function narrativeText(text: string): NarrativeText {
  const placeholders: NarrativeText['placeholders'] = [];
  const prose = text
    .replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name: string, offset: number) => {
      const [measure = '', field = ''] = name.split('.');
      placeholders.push({ offset, measure, field });
      return blank(whole);
    })
    .replace(/https?:\/\/[^\s)>\]]+|`[^`\n]*`/g, blank);
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const at = (offset: number) => {
    let line = 0;
    while (line + 1 < starts.length && (starts[line + 1] ?? Infinity) <= offset) line++;
    return { line: line + 1, column: offset - (starts[line] ?? 0) + 1 };
  };
  return { prose, placeholders, at };
}
