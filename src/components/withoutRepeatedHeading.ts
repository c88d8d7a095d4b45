/**
 * A narrative section may open with a sub-heading that repeats the section's own heading
 * ("## Conclusion" then "### Conclusion"); the page already shows it as the section's h2.
 */
export function withoutRepeatedHeading(html: string, heading: string): string {
  const repeated = `<h3>${heading}</h3>\n`;
  return html.startsWith(repeated) ? html.slice(repeated.length) : html;
}
