/**
 * Shared look of the report charts. Colours are checked against white: text ≥ 4.5:1, marks ≥ 3:1,
 * and the dark bar against the light track ≥ 3:1. Every mark also carries a text label, so no
 * meaning rests on colour alone.
 */
export const theme = {
  /** The viewBox width; CSS scales the chart down to its container. */
  width: 480,
  fontSize: 14,
  ink: '#0b0c0c',
  /** 8.1:1 on white; the value itself (x of n, a rate). */
  dark: '#1d4f91',
  /** 7.1:1 on white; intervals and outlines. */
  grey: '#505a5f',
  /** 4.1:1 on white and 4.8:1 under black, so an interval drawn over it stays visible. */
  mid: '#5b7fb6',
  /** The whole (n) behind a part, outlined in grey. */
  light: '#dfe5ee',
} as const;
