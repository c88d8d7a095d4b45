import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const folders = ['src/pages', 'src/components', 'src/layouts'];

/** A site path written straight into an attribute, `href="/…"` or `src={`/…`}`, which a base path would break. */
const rootRelative = /\b(?:href|src|action|srcset)=(?:"\/(?!\/)|\{\s*['`]\/(?!\/))/g;

it('pages, components and layouts write their own site paths only through src/routes.ts (routes.href, absoluteUrl)', () => {
  const found = folders.flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.astro'))
      .flatMap((file) => {
        const path = join(folder, file);
        return readFileSync(path, 'utf8')
          .split('\n')
          .flatMap((line, i) => [...line.matchAll(rootRelative)].map((m) => `${path}:${i + 1}:${(m.index ?? 0) + 1}: ${m[0]}…`));
      }),
  );
  expect(found).toEqual([]);
});

/** A route built by hand: the site's paths come from src/routes.ts, which the engine (naming each report's page) uses too. */
const handBuiltRoute = /\/(?:forces|embed|chart-png|data\/releases)\/\$\{/g;

it('no module builds a force, report, embed, PNG or release address by hand: they come from src/routes.ts', () => {
  const found = ['src', 'scripts'].flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|astro)$/.test(file) && !file.endsWith('.test.ts'))
      .map((file) => join(folder, file))
      .filter((path) => path !== join('src', 'routes.ts'))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .flatMap((line, i) => [...line.matchAll(handBuiltRoute)].map((m) => `${path}:${i + 1}:${(m.index ?? 0) + 1}: ${m[0]}…`)),
      ),
  );
  expect(found).toEqual([]);
});
