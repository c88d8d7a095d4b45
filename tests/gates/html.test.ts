import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, inject, it } from 'vitest';
import { listPages } from '../e2e/support/listPages.ts';

const siteDir = inject('siteDir');
// The package's main export is the path of the checker's jar.
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
/**
 * One run over a few hundred pages is too short for Java's optimising compiler to pay off: stopping at its quick
 * first tier halves the checker's CPU time (17 s to 8.5 s over the shipped site). The quick tier uses more stack
 * for the checker's deeply recursive schema, which needs a larger thread stack than Java's default.
 */
const javaOptions = ['-XX:TieredStopAtLevel=1', '-Xss4m'];

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/**
 * The W3C Nu HTML checker (vnu-jar) over every HTML file of the built site, with the machine's Java.
 * Java is a requirement of the test suite, like the browser: without it the test fails and says so,
 * rather than passing with nothing checked.
 */
it('every built page is valid HTML by the W3C Nu HTML checker', () => {
  expect(listPages(siteDir).length, 'pages in the built site').toBeGreaterThan(0);
  const run = spawnSync('java', [...javaOptions, '-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'json', siteDir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`could not run the Nu HTML checker with "java -jar ${vnuJar}": ${run.error.message}. Install a Java runtime (java -version).`);
  let messages: NuMessage[];
  try {
    messages = (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`the Nu HTML checker did not report in JSON (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  }
  const report = messages.map((m) => {
    const file = m.url?.startsWith('file:') ? relative(siteDir, fileURLToPath(m.url)) : (m.url ?? '?');
    return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}: ${m.subType ?? m.type}: ${m.message}${m.extract ? `\n    ${m.extract.replaceAll('\n', ' ')}` : ''}`;
  });
  expect(report, `the Nu HTML checker's errors (java -jar ${vnuJar} --errors-only --skip-non-html)`).toEqual([]);
  expect(run.status, 'the checker’s exit status').toBe(0);
});
