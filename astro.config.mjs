import { defineConfig } from 'astro/config';
import { cdiModel } from './src/integration/cdiModel.ts';

export default defineConfig({
  // The canonical address: citations, downloads, feeds and social cards use it for absolute URLs.
  site: 'https://cdi-reports.example.org',
  output: 'static',
  integrations: [cdiModel()],
  // Builds write under .build/ and dist/; the dev server reacts to inputs and source only.
  vite: { server: { watch: { ignored: ['**/.build/**', '**/dist/**'] } } },
  trailingSlash: 'always',
  // Pages render while earlier ones are written to disk; the output does not depend on the order.
  build: { format: 'directory', concurrency: 4 },
});
