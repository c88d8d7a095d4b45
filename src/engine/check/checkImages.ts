import { error, type Problem } from '../vocabulary.ts';
import { narrativeText } from './narrativeText.ts';

/** `![alt](address` and `![alt][label]` / `![label]`, outside code; the alt text may hold escaped brackets. */
const inlineImage = /!\[(?:[^\]\\]|\\.)*\]\(\s*<?([^\s)>]*)/g;
const referenceImage = /!\[((?:[^\]\\]|\\.)*)\](?!\()(?:\[((?:[^\]\\]|\\.)*)\])?/g;
const definition = /^ {0,3}\[((?:[^\]\\]|\\.)+)\]:\s*<?([^\s>]+)/gm;
/** An address that names a scheme ("https:", "data:") or another host ("//host/…"): not a file of the site. */
const elsewhere = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const label = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * An image in a narrative (body or front matter) must be a file of the site, such as one in public/: an image on
 * another site would make every reader's browser ask that site for it (a tracking pixel at worst). One error per
 * image, at the image, naming its address.
 */
export function checkImages(file: string, text: string): Problem[] {
  const { at } = narrativeText(text);
  const code = text.replace(/`[^`\n]*`/g, (span) => ' '.repeat(span.length));
  const defined = new Map([...code.matchAll(definition)].map((m) => [label(m[1] ?? ''), m[2] ?? '']));
  const images = [
    ...[...code.matchAll(inlineImage)].map((m) => ({ offset: m.index, address: m[1] ?? '' })),
    ...[...code.matchAll(referenceImage)].map((m) => ({ offset: m.index, address: defined.get(label(m[2] || m[1] || '')) ?? '' })),
  ];
  return images
    .filter(({ address }) => elsewhere.test(address))
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, address }) =>
      error(file, `the image "${address}" is not a file of this site, so every reader's browser would fetch it from elsewhere; put the image in public/ and give its path, e.g. ![description](/images/name.png)`, at(offset)),
    );
}
