import { resolve } from 'node:path';

/** The repository root: builds run from here whatever folder the test runner started in. */
export const projectRoot = resolve(import.meta.dirname, '..', '..', '..');
