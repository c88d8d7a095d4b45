import { parseHTML } from 'linkedom';

let document: Document | undefined;

/**
 * The one DOM document Plot renders into, created on first use and reused for the life of the process:
 * creating a document costs far more than rendering a chart.
 */
export function plotDocument(): Document {
  document ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  return document;
}
