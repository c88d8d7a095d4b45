/**
 * The widths every chart is drawn at. A chart's SVG scales to its container, and its text with it, so one drawing
 * keeps its text between 12 and 16 CSS px only over a range of container widths 4:3 wide; a column runs from
 * 290 px (a 320 px screen) to 960 px. Each layout is drawn for the containers from its `from` up to the next
 * layout's, where its text (theme.fontSize at `width`) renders between about 12.3 and 15.7 px; site.css shows
 * exactly one of them with a container query on `.chart__svg` (a unit test checks that the two agree).
 */
export const chartLayouts = [
  { width: 330, from: 0 },
  { width: 420, from: 370 },
  { width: 535, from: 470 },
  { width: 680, from: 600 },
  { width: 860, from: 760 },
] as const;

/** The layout that is also the chart's file of its own (SVG and PNG downloads): one of chartLayouts' widths. */
export const imageLayoutWidth = 680;

/** The class that names a layout's drawing, for the container query that shows it. */
export const layoutClass = (width: number): string => `chart-w${width}`;
