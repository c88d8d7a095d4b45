import { defineConfig } from 'astro/config';
import { readConfig } from './src/config.ts';
import { astroConfig } from './src/integration/reportModel.ts';

// `npm run dev` and `npm run typecheck`; `npm run build` passes the same configuration to Astro itself.
export default defineConfig(astroConfig(readConfig().config));
