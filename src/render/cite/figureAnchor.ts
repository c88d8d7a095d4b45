/** The stable id of a figure on its report page, e.g. "figure-overall": citations and the data link to it. */
export function figureAnchor(measure: string): string {
  return `figure-${measure}`;
}
