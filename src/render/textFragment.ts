/**
 * A link that lands on `text` within the page at `url` (a text fragment, `#:~:text=…`), in browsers that support
 * them; others open the page at its top. The text is encoded as the specification asks: "-", "," and "&" too.
 */
export function textFragment(url: string, text: string): string {
  const encoded = encodeURIComponent(text).replaceAll('-', '%2D');
  return `${url}${url.includes('#') ? '' : '#'}:~:text=${encoded}`;
}
