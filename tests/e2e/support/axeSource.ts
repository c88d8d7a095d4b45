import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * axe-core's script, from the copy @axe-core/playwright depends on. Given to a browser context as an init script,
 * it is parsed as each page starts, which is several times faster than AxeBuilder injecting it into every page
 * (and opening a blank page to finish each run): that made axe the slowest gate by far.
 */
export const axeSource: string = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);
