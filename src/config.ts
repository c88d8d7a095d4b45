import { resolve } from 'node:path';

/**
 * The settings of a run, read once by the entry point (scripts/*.ts, astro.config.mjs) from its command line
 * and the environment, then passed down. The only module under src/ that reads process.env.
 *
 * | setting      | command line     | environment      | default                                |
 * |--------------|------------------|------------------|----------------------------------------|
 * | input root   | `--root <dir>`   | `CDI_INPUT_ROOT` | the project folder                     |
 * | output       | `--out <dir>`    | `OUT_DIR`        | `dist`                                 |
 * | report PDFs  | `--no-pdf`       | `CDI_PDF=off`    | on (when a browser is there to print)  |
 * | site address | `--site <url>`   | `CDI_SITE_URL`   | `https://cdi-reports.example.org`      |
 * | base path    | `--base <path>`  | `CDI_BASE_PATH`  | the address's path, `/` when it has none |
 * | drafts       | `--drafts`       | `CDI_DRAFTS=on`  | off in a build (a `draft: true` report is left out); on in the preview |
 * | voice        | `--voice <voice>`| `CDI_VOICE`      | `independent`: the site republishes the inspectorate's reports; `inspectorate`: the inspectorate publishes its own ("we found") |
 */
export interface Config {
  /** The project: the site's code, and .build/ for what a build writes on the way. */
  root: string;
  /** Where data/ and content/ are read from: the project, an example or a benchmark's synthetic data. */
  inputRoot: string;
  /** The folder the site is built into, relative to the project. */
  outDir: string;
  /** Whether reports get a PDF (and pages their PDF link). */
  pdf: boolean;
  /** Whether a report whose narrative says `draft: true` is built (with a draft banner) or left out. */
  drafts: boolean;
  /** Who speaks on the pages: an independent republisher (the default) or the inspectorate itself. */
  voice: Voice;
  site: {
    /** The canonical address without a path (`https://reports.example.gov.uk`): citations, downloads, feeds and social cards use it, with `base`, for absolute URLs. */
    url: string;
    /** The path the site is served under, with a slash at each end: `/`, or `/cdi/` for a site in a folder. */
    base: string;
  };
}

/** Who speaks on the pages; the wording of each is in src/render/voice.ts. */
export const voices = ['independent', 'inspectorate'] as const;
export type Voice = (typeof voices)[number];

/** The site's name, in page titles, feeds and social cards. */
export const siteName = 'Crime data integrity reports';

/** The settings from `argv` (an entry point's arguments) over `env`; returns the arguments that are not settings. */
export function readConfig(argv: readonly string[] = [], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): { config: Config; rest: string[] } {
  const flags = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--no-pdf') flags.set(arg, 'off');
    else if (arg === '--drafts') flags.set(arg, 'on');
    else if (['--root', '--out', '--site', '--base', '--voice'].includes(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value`);
      flags.set(arg, value);
    } else rest.push(arg);
  }
  const config: Config = {
    root: cwd,
    inputRoot: resolve(cwd, flags.get('--root') ?? env.CDI_INPUT_ROOT ?? '.'),
    outDir: flags.get('--out') ?? env.OUT_DIR ?? 'dist',
    pdf: (flags.get('--no-pdf') ?? env.CDI_PDF) !== 'off',
    drafts: (flags.get('--drafts') ?? env.CDI_DRAFTS) === 'on',
    voice: voiceOf(flags.get('--voice') ?? env.CDI_VOICE ?? 'independent'),
    site: siteAddress(flags.get('--site') ?? env.CDI_SITE_URL ?? 'https://cdi-reports.example.org', flags.get('--base') ?? env.CDI_BASE_PATH),
  };
  return { config, rest };
}

/**
 * Splits an address into its origin and base path. An address with a path (`https://user.github.io/cdi/`) gives
 * the base path when none is set, so that one setting is enough for a project page.
 */
function siteAddress(address: string, basePath: string | undefined): Config['site'] {
  const url = URL.parse(address);
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash) throw new Error(`--site needs an absolute http(s) address such as https://reports.example.gov.uk, not "${address}"`);
  const path = url.pathname.replace(/\/?$/, '/');
  const base = basePath === undefined ? path : `/${basePath.split('/').filter(Boolean).join('/')}/`.replace('//', '/');
  if (path !== '/' && path !== base) throw new Error(`--site ${address} and --base ${basePath} disagree: give the path in one of them`);
  if (!/^\/((?!\.+\/)[\w.~-]+\/)*$/.test(base)) throw new Error(`--base needs a path of plain segments such as /cdi/, not "${basePath}"`);
  return { url: url.origin, base };
}

function voiceOf(text: string): Voice {
  const voice = voices.find((v) => v === text);
  if (!voice) throw new Error(`--voice needs one of ${voices.join(', ')}, not "${text}"`);
  return voice;
}
