import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { en } from './i18n/en.ts';

/**
 * The settings of a run, read once by the entry point (scripts/*.ts, astro.config.mjs) from its command line
 * and the environment, then passed down. The only module under src/ that reads process.env.
 *
 * | setting      | command line     | environment      | default                                |
 * |--------------|------------------|------------------|----------------------------------------|
 * | input root   | `--root <dir>`   | `CDI_INPUT_ROOT` | the project folder                     |
 * | output       | `--out <dir>`    | `OUT_DIR`        | `dist`                                 |
 * | report PDFs  | `--no-pdf`       | `CDI_PDF=off`    | on (when a browser is there to print)  |
 * | site address | `--site <url>`   | `CDI_SITE_URL`   | `site` in site.config.json, else the placeholder |
 * | base path    | `--base <path>`  | `CDI_BASE_PATH`  | `base` in site.config.json, else the address's path, `/` when it has none |
 * | drafts       | `--drafts`       | `CDI_DRAFTS=on`  | off in a build (a `draft: true` report is left out, and there is no review page); on in the preview |
 * | voice        | `--voice <voice>`| `CDI_VOICE`      | `independent`: the site republishes the inspectorate's reports; `inspectorate`: the inspectorate publishes its own ("we found") |
 *
 * site.config.json, committed at the project's root, is where a publisher sets the address once.
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
  /** Whether a report whose narrative says `draft: true` is built (with a draft banner) or left out; with it, the review page (/review/) is built too. */
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

/** The address a build has until one is set: it works, but every citation, feed and download points nowhere. */
export const placeholderAddress = 'https://cdi-reports.example.org';

/** The committed file that sets the site's address once, at the project's root. */
export const siteConfigFile = 'site.config.json';

/** `site` and `base` from site.config.json, where the project has one. */
export function readSiteFile(cwd: string): { site?: string; base?: string } {
  const file = join(cwd, siteConfigFile);
  if (!existsSync(file)) return {};
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${siteConfigFile}: expected an object such as {"site": "https://reports.example.gov.uk", "base": "/"}`);
  const { site, base } = parsed as Record<string, unknown>;
  for (const [key, value] of Object.entries({ site, base })) if (value !== undefined && typeof value !== 'string') throw new Error(`${siteConfigFile}: "${key}" must be a string`);
  return { site: site as string | undefined, base: base as string | undefined };
}

/**
 * The warning a build with the placeholder address prints, naming every place the address goes; null for a real address.
 */
export function placeholderWarning(config: Config): string | null {
  if (config.site.url !== new URL(placeholderAddress).origin) return null;
  return [
    `warning: the site's address is the placeholder ${placeholderAddress}. It goes into: every report's citation (page, BibTeX, RIS, CSL-JSON), the chart and data downloads' JSON sidecars and /data/datapackage.json, embed codes and oEmbed files, the Atom feeds (/feed.xml, /corrections.xml, /data/changes.xml, each force's feed), /sitemap.xml and /robots.txt, canonical links, social cards (og:url, og:image).`,
    `Set the real address once in ${siteConfigFile} ({"site": "https://reports.example.gov.uk"}), or with --site or CDI_SITE_URL (README, Publish).`,
  ].join('\n');
}

/** The site's name, in page titles, feeds and social cards: the English catalogue's (a Welsh page names it in Welsh). */
export const siteName = en.layout.siteName;

/** The settings from `argv` (an entry point's arguments) over `env`; returns the arguments that are not settings. */
export function readConfig(argv: readonly string[] = [], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(), file = readSiteFile(cwd)): { config: Config; rest: string[] } {
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
    site: siteAddress(flags.get('--site') ?? env.CDI_SITE_URL ?? file.site ?? placeholderAddress, flags.get('--base') ?? env.CDI_BASE_PATH ?? file.base),
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
