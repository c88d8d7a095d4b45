import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const folders = ['src/pages', 'src/components', 'src/layouts'];

/** A site path written straight into an attribute, `href="/…"` or `src={`/…`}`, which a base path would break. */
const rootRelative = /\b(?:href|src|action|srcset)=(?:"\/(?!\/)|\{\s*['`]\/(?!\/))/g;

it('pages, components and layouts write their own site paths only through src/render/url.ts (href, absoluteUrl)', () => {
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
