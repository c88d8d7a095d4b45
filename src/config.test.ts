import { describe, expect, it } from 'vitest';
import { placeholderWarning, readConfig } from './config.ts';

const cwd = '/project';

describe('readConfig', () => {
  it('readConfig() defaults to the project, dist/, PDFs on and the example address', () => {
    expect(readConfig([], {}, cwd)).toEqual({
      config: { root: cwd, inputRoot: cwd, outDir: 'dist', pdf: true, drafts: false, voice: 'independent', site: { url: 'https://cdi-reports.example.org', base: '/' } },
      rest: [],
    });
  });

  it('readConfig() reads the environment, and the command line wins over it', () => {
    const env = { CDI_INPUT_ROOT: 'examples/exampleshire', OUT_DIR: '.build/out', CDI_PDF: 'off', CDI_SITE_URL: 'https://a.example' };
    expect(readConfig([], env, cwd).config).toMatchObject({ inputRoot: '/project/examples/exampleshire', outDir: '.build/out', pdf: false, site: { url: 'https://a.example' } });
    const argv = ['--root', '/data', '--out', 'public', '--site', 'https://b.example'];
    expect(readConfig(argv, env, cwd).config).toMatchObject({ inputRoot: '/data', outDir: 'public', pdf: false, site: { url: 'https://b.example' } });
    expect(readConfig(['--no-pdf'], {}, cwd).config.pdf).toBe(false);
  });

  it('readConfig() sets the base path from --base or CDI_BASE_PATH, with a slash at each end', () => {
    const site = (argv: string[], env: NodeJS.ProcessEnv = {}) => readConfig(argv, env, cwd).config.site;
    expect(site(['--site', 'https://reports.example.gov.uk', '--base', '/cdi/'])).toEqual({ url: 'https://reports.example.gov.uk', base: '/cdi/' });
    expect(site([], { CDI_SITE_URL: 'https://reports.example.gov.uk/', CDI_BASE_PATH: 'cdi' })).toEqual({ url: 'https://reports.example.gov.uk', base: '/cdi/' });
    expect(site(['--base', 'crime/cdi'], { CDI_BASE_PATH: '/x/' })).toEqual({ url: 'https://cdi-reports.example.org', base: '/crime/cdi/' });
    expect(site(['--base', '/'])).toEqual({ url: 'https://cdi-reports.example.org', base: '/' });
  });

  it('readConfig() takes the base path from an address that has one, and refuses one that disagrees', () => {
    expect(readConfig(['--site', 'https://user.github.io/cdi'], {}, cwd).config.site).toEqual({ url: 'https://user.github.io', base: '/cdi/' });
    expect(readConfig(['--site', 'https://user.github.io/cdi/', '--base', '/cdi/'], {}, cwd).config.site.base).toBe('/cdi/');
    expect(() => readConfig(['--site', 'https://user.github.io/cdi/', '--base', '/other/'], {}, cwd)).toThrow('disagree');
  });

  it('readConfig() refuses an address that is not absolute http(s), and a base path that is not plain segments', () => {
    expect(() => readConfig(['--site', 'reports.example.gov.uk'], {}, cwd)).toThrow('--site needs an absolute http(s) address');
    expect(() => readConfig(['--site', 'ftp://reports.example.gov.uk'], {}, cwd)).toThrow('--site needs an absolute http(s) address');
    expect(() => readConfig(['--base', '/c d/'], {}, cwd)).toThrow('--base needs a path of plain segments');
    expect(() => readConfig(['--base', '/../'], {}, cwd)).toThrow('--base needs a path of plain segments');
  });

  it('readConfig() hands back the arguments that are not settings, and refuses a setting without its value', () => {
    expect(readConfig(['kent', '--root', 'x', 'cdi', '2026'], {}, cwd).rest).toEqual(['kent', 'cdi', '2026']);
    expect(() => readConfig(['--out'], {}, cwd)).toThrow('--out needs a value');
  });

  it('readConfig() builds drafts with --drafts or CDI_DRAFTS=on, and sets the voice from --voice or CDI_VOICE', () => {
    expect(readConfig(['--drafts'], {}, cwd).config.drafts).toBe(true);
    expect(readConfig([], { CDI_DRAFTS: 'on' }, cwd).config.drafts).toBe(true);
    expect(readConfig(['--voice', 'inspectorate'], {}, cwd).config.voice).toBe('inspectorate');
    expect(readConfig([], { CDI_VOICE: 'inspectorate' }, cwd).config.voice).toBe('inspectorate');
    expect(() => readConfig(['--voice', 'royal'], {}, cwd)).toThrow('--voice needs one of independent, inspectorate, not "royal"');
  });

  it('readConfig() takes the address from site.config.json, under the environment and the command line', () => {
    const file = { site: 'https://file.example/cdi/' };
    expect(readConfig([], {}, cwd, file).config.site).toEqual({ url: 'https://file.example', base: '/cdi/' });
    expect(readConfig([], { CDI_SITE_URL: 'https://env.example' }, cwd, file).config.site.url).toBe('https://env.example');
    expect(readConfig(['--site', 'https://flag.example'], {}, cwd, file).config.site.url).toBe('https://flag.example');
  });

  it('placeholderWarning(config) names every place the placeholder address goes, and is silent for a real address', () => {
    const warning = placeholderWarning(readConfig([], {}, cwd, {}).config)!;
    for (const place of ['citation', 'sidecars', 'datapackage.json', 'embed codes', 'oEmbed', '/feed.xml', '/sitemap.xml', '/robots.txt', 'canonical links', 'social cards', 'site.config.json', '--site']) expect(warning).toContain(place);
    expect(placeholderWarning(readConfig(['--site', 'https://reports.example.gov.uk'], {}, cwd, {}).config)).toBeNull();
  });
});
