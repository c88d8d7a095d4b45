/**
 * `npm run export -- <force>/<slug> --docx [--out <file.docx>] [--root <dir>]`: writes the narrative, with its figures
 * filled in from the data, as a Word document for reviewers (by default content/reports/<force>/<slug>.review.docx).
 * `npm run import` takes a reviewed copy back. The work is in src/authoring/wordCopies.ts.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { reviewCopy } from '../src/authoring/wordCopies.ts';
import { readConfig } from '../src/config.ts';
import { inputFiles } from '../src/engine/vocabulary.ts';

function fail(message: string): never {
  console.error(`npm run export: ${message}`);
  process.exit(1);
}

// --out names the file here, not the site's output folder, so it is read before the shared options.
const argv = process.argv.slice(2);
const outAt = argv.indexOf('--out');
const out = outAt >= 0 ? argv[outAt + 1] : undefined;
if (outAt >= 0 && !out?.endsWith('.docx')) fail('--out needs a file name ending .docx');
let read: ReturnType<typeof readConfig>;
try {
  read = readConfig(outAt >= 0 ? argv.filter((_, i) => i !== outAt && i !== outAt + 1) : argv);
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
const [key, ...extra] = read.rest.filter((arg) => arg !== '--docx');
if (!key || extra.length || !read.rest.includes('--docx')) fail('usage: npm run export -- <force>/<slug> --docx [--out <file.docx>] [--root <dir>]');
const root = read.config.inputRoot;
const file = out ?? join(root, `${inputFiles.reports}/${key}.review.docx`);
try {
  writeFileSync(file, await reviewCopy(root, key));
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
console.log(`wrote ${relative(process.cwd(), file)}: the narrative of ${key} with its figures filled in, for review
take the reviewed copy back with: npm run import -- ${relative(process.cwd(), file)} ${key}`);
