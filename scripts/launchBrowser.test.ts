import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '..');

/** launchBrowser.ts chooses once per process; each case loads it afresh under the environment it sets. */
async function choice(chromiumPath: string | undefined) {
  vi.resetModules();
  vi.stubEnv('CHROMIUM_PATH', chromiumPath);
  const { chooseBrowser, hasChromium } = await import('./launchBrowser.ts');
  return { ...(await chooseBrowser()), has: hasChromium() };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('chooseBrowser()', () => {
  it('by default is the packaged Chromium, unpacked into node_modules/.cache, whatever browser the machine has', async () => {
    const chosen = await choice(undefined);
    expect(chosen.source).toBe(`@sparticuz/chromium ${JSON.parse(readFileSync(join(root, 'node_modules/@sparticuz/chromium/package.json'), 'utf8')).version}`);
    expect(chosen.executablePath).toBe(join(root, 'node_modules/.cache/cdi-chromium', chosen.source.split(' ')[1] ?? '', 'chromium'));
    expect(chosen.has).toBe(true);
  }, 60_000);

  it('is the browser CHROMIUM_PATH names, and refuses one that does not exist', async () => {
    // Any existing file will do: the choice does not start it.
    expect(await choice(process.execPath)).toMatchObject({ executablePath: process.execPath, source: `CHROMIUM_PATH (${process.execPath})`, has: true });
    await expect(choice('/nowhere/chromium')).rejects.toThrow('CHROMIUM_PATH is set to /nowhere/chromium, which does not exist');
  });

  it('binds every font family the stylesheets name to the font the packaged browser ships, so that none is found by fallback', async () => {
    const { env } = await choice(undefined);
    const conf = readFileSync(env.FONTCONFIG_FILE ?? '', 'utf8');
    const named = ['src/styles/site.css', 'public/embed.css'].flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/font-family:\s*([^;}]+)/g)].flatMap((m) => (m[1] ?? '').split(',').map((f) => f.trim().replace(/^"|"$/g, ''))),
    );
    // Plot names system-ui on every chart's svg.
    const families = [...new Set([...named, 'system-ui'])];
    expect(families).toContain('Arial');
    for (const family of families) expect(conf, family).toContain(`<alias binding="same"><family>${family}</family><prefer><family>Open Sans</family></prefer></alias>`);
  }, 60_000);
});
