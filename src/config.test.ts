import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

const cwd = '/project';

describe('readConfig', () => {
  it('readConfig() defaults to the project, dist/, PDFs on and the example address', () => {
    expect(readConfig([], {}, cwd)).toEqual({
      config: { root: cwd, inputRoot: cwd, outDir: 'dist', pdf: true, site: { url: 'https://cdi-reports.example.org', base: '/' } },
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

  it('readConfig() hands back the arguments that are not settings, and refuses a setting without its value', () => {
    expect(readConfig(['kent', '--root', 'x', 'cdi', '2026'], {}, cwd).rest).toEqual(['kent', 'cdi', '2026']);
    expect(() => readConfig(['--out'], {}, cwd)).toThrow('--out needs a value');
  });
});
