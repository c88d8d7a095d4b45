/**
 * `npm run import -- <draft.docx> <force>/<slug> [--force] [--root <dir>]`: turns a Word draft into
 * content/reports/<force>/<slug>.md, its figures made placeholders, and prints what it found, replaced and left out.
 * The work is in src/authoring/importDraft.ts.
 */
import { readConfig } from '../src/config.ts';
import { importDraft } from '../src/authoring/importDraft.ts';

const usage = 'usage: npm run import -- <draft.docx> <force>/<slug> [--force] [--root <dir>]';
let read: ReturnType<typeof readConfig>;
try {
  read = readConfig(process.argv.slice(2));
} catch (e) {
  console.error(`npm run import: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
const force = read.rest.includes('--force');
const [draft, key, ...extra] = read.rest.filter((arg) => arg !== '--force');
if (!draft || !key || extra.length) {
  console.error(`npm run import: ${usage}`);
  process.exit(1);
}
const result = await importDraft({ root: read.config.inputRoot, draft, key, force });
(result.written ? console.log : console.error)(result.report);
process.exitCode = result.problems.length + result.checked.length ? 1 : 0;
