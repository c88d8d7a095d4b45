import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Browser } from 'playwright-core';

/**
 * The one headless Chromium of the build, the PDF script and the tests: the Chromium that the @sparticuz/chromium
 * devDependency carries inside its npm package, with its own libraries and fonts, so that `npm ci` is all a machine
 * with Node needs and output and test results do not depend on what else the machine has installed. A browser the
 * machine has (Debian's /usr/bin/chromium, say) is used only when CHROMIUM_PATH names it.
 */
export interface BrowserChoice {
  executablePath: string;
  /** Extra environment for the browser process (the packaged one's own shared libraries and fonts). */
  env: Record<string, string>;
  args: string[];
  /** Where the browser comes from, for messages. */
  source: string;
}

/** The packaged Chromium's folder in node_modules, or null where it is not installed or not built for this machine. */
function packagedBin(): string | null {
  if (process.platform !== 'linux' || process.arch !== 'x64') return null;
  try {
    // The package exports only its entry point, build/index.js; its packed browser is in bin/ beside build/.
    return join(dirname(fileURLToPath(import.meta.resolve('@sparticuz/chromium'))), '..', 'bin');
  } catch {
    return null;
  }
}

/** Whether this machine has a browser to print PDFs and run the browser tests with. */
export function hasChromium(): boolean {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH);
  return packagedBin() !== null;
}

// Flags that keep Chromium from reaching out to the network or prompting on first run; no sandbox, as in a container.
const quiet = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

let chosen: Promise<BrowserChoice> | undefined;

/** Which browser launchBrowser starts; unpacks the packaged one on first use. */
export function chooseBrowser(): Promise<BrowserChoice> {
  chosen ??= choose();
  return chosen;
}

async function choose(): Promise<BrowserChoice> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH is set to ${configured}, which does not exist`);
    return { executablePath: configured, env: {}, args: quiet, source: `CHROMIUM_PATH (${configured})` };
  }
  const bin = packagedBin();
  if (!bin) throw new Error('no browser: the packaged Chromium is for Linux x64 (run npm ci); elsewhere set CHROMIUM_PATH to a Chromium');
  const dir = await unpacked(bin);
  return {
    executablePath: join(dir, 'chromium'),
    // Its NSS, NSPR and expat libraries, which a bare Linux lacks, and its own fonts, so that output does not depend on the machine's.
    env: { LD_LIBRARY_PATH: [join(dir, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'), FONTCONFIG_FILE: join(dir, 'fonts.conf') },
    args: [...quiet, '--no-zygote', '--disable-webgl'],
    source: `@sparticuz/chromium ${packageVersion(bin)}`,
  };
}

function packageVersion(bin: string): string {
  return (JSON.parse(readFileSync(join(bin, '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Unpacks the packaged browser once per installed version into node_modules/.cache, which `npm ci` clears with the
 * package. The package's own executablePath() would unpack into a shared /tmp/chromium and leaves its libraries
 * packed outside Amazon Linux, so its exported inflate() is used instead, in a worker whose TMPDIR is a fresh
 * folder (inflate writes into os.tmpdir()). The folder is renamed into place whole: two processes that start at
 * once (test workers, a build beside the tests) never see a half-written browser.
 */
async function unpacked(bin: string): Promise<string> {
  const root = join(bin, '..', '..', '..', '.cache', 'cdi-chromium');
  const dir = join(root, packageVersion(bin));
  if (existsSync(join(dir, 'chromium'))) {
    // A browser unpacked by an earlier version of this file keeps the fonts.conf of that version otherwise.
    if (readFileSync(join(dir, 'fonts.conf'), 'utf8') !== fontsConf(dir)) writeAtomically(join(dir, 'fonts.conf'), fontsConf(dir));
    return dir;
  }
  const partial = `${dir}.${process.pid}.${Date.now()}.partial`;
  mkdirSync(partial, { recursive: true });
  try {
    await inflateInWorker(bin, partial);
    writeFileSync(join(partial, 'fonts.conf'), fontsConf(dir));
    try {
      renameSync(partial, dir);
    } catch (e) {
      // Another process got there first; its browser is as good as this one.
      if (!existsSync(join(dir, 'chromium'))) throw e;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return dir;
}

/** The families the site's stylesheets name (src/styles/site.css, public/embed.css) and Plot's charts name (system-ui). */
const namedFamilies = ['Arial', 'Liberation Sans', 'Helvetica Neue', 'Helvetica', 'system-ui', 'sans-serif'];

/**
 * The package's own fonts.conf names /tmp/fonts; this one names the fonts where they were unpacked, and nothing of the
 * machine's. The package ships one family, Open Sans, and each family a page names is bound to it ("same" binding,
 * which Chromium takes as a match). Without that, every named family is missing and resolved through font fallback,
 * which Chromium redoes with a new copy of the font after its font cache is reset by settings that reach the page at
 * a moment that varies: text laid out before and after that moment embedded two copies of Open Sans, and one print
 * in a few differed from the others.
 */
function fontsConf(dir: string): string {
  const aliases = namedFamilies.map((family) => `  <alias binding="same"><family>${family}</family><prefer><family>Open Sans</family></prefer></alias>\n`).join('');
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${join(dir, 'fonts', 'fonts')}</dir>
  <cachedir>${join(dir, 'fonts-cache')}</cachedir>
${aliases}</fontconfig>
`;
}

/** Written under a temporary name and renamed into place, so that a browser starting at that moment reads a whole file. */
function writeAtomically(file: string, text: string): void {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

/** The browser, its libraries and its fonts; swiftshader (software WebGL) stays packed, as pages and PDFs need no GPU. */
function inflateInWorker(bin: string, into: string): Promise<void> {
  const code = `
    const { workerData } = require('node:worker_threads');
    import(workerData.module).then(({ inflate }) => Promise.all(workerData.files.map((f) => inflate(f))));`;
  const worker = new Worker(code, {
    eval: true,
    env: { ...process.env, TMPDIR: into },
    workerData: { module: import.meta.resolve('@sparticuz/chromium'), files: ['chromium.br', 'al2023.tar.br', 'fonts.tar.br'].map((f) => join(bin, f)) },
  });
  return new Promise((resolve, reject) => {
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`unpacking the packaged Chromium failed (worker exit ${code})`))));
  });
}

/** Starts the chosen browser, headless. playwright-core is loaded only here: it costs a build without PDFs a quarter of a second. */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath, env, args } = await chooseBrowser();
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args, env: { ...process.env, ...env } as Record<string, string> });
}
