import { textWidth, wrap } from './marks.ts';

/** A rule's label as placed: the side of the rule it runs to (SVG text-anchor) and its lines. */
export interface PlacedRuleLabel {
  textAnchor: 'start' | 'end';
  lines: string[];
}

/**
 * Where to write the bold label of a vertical rule drawn `x` px from the left of a drawing `width` wide, so that it
 * stays inside the drawing whatever the reader's font (by textWidth's generous estimate): on one line, running from
 * the rule to the `prefer`red side ('end': leftwards, 'start': rightwards), or to the other side where only that
 * has room, or else broken into lines that fit the side with more room.
 */
export function ruleLabel(text: string, x: number, width: number, prefer: 'start' | 'end'): PlacedRuleLabel {
  const room = { start: width - x, end: x };
  const other = prefer === 'start' ? 'end' : 'start';
  const wide = textWidth(text, { bold: true });
  if (wide <= room[prefer]) return { textAnchor: prefer, lines: [text] };
  if (wide <= room[other]) return { textAnchor: other, lines: [text] };
  const side = room[prefer] >= room[other] ? prefer : other;
  return { textAnchor: side, lines: wrap(text, room[side], { bold: true }) };
}
