import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroInlineConfig, AstroIntegration } from 'astro';
import type { Config } from '../config.ts';
import type { Site } from '../engine/compute/model.ts';
import { runPipeline } from '../engine/pipeline.ts';
import { formatProblem, hasErrors, type Problem } from '../engine/vocabulary.ts';
import { locales } from '../i18n/index.ts';
import { defaultLanguage } from '../routes.ts';
import { inputErrorPayload } from './inputErrorPayload.ts';
import { previewPdfResponse } from './previewPdf.ts';

/** What pages import: `import { model, config, routes } from 'virtual:cdi/model'` (types in src/env.d.ts). */
const moduleId = 'virtual:cdi/model';
const resolvedId = `\0${moduleId}`;
const routesModule = fileURLToPath(new URL('../routes.ts', import.meta.url));

/**
 * Computes the report model and serves it to pages as the module `virtual:cdi/model`, in dev and in a build.
 * A build that computed the model already (scripts/build.ts, to stop before Astro on an input error) hands it
 * over. In dev the model is computed again whenever a file under data/ or content/ changes: the module is
 * invalidated, so that pages and their getStaticPaths read the new model, and the browser reloads. Input errors
 * are printed compiler-style and shown, each itself, in the browser's error overlay; the last good model stays meanwhile.
 */
export function reportModel(config: Config, computed?: Site): AstroIntegration {
  let site: Site | undefined = computed;
  let problems: Problem[] = [];
  // The preview shows drafts, with their banner, so that an author sees the report being written.
  let drafts = config.drafts;
  const compute = (log: { error: (m: string) => void; warn: (m: string) => void }): Site | undefined => {
    const result = runPipeline(config.inputRoot, { drafts });
    problems = result.problems;
    for (const problem of problems) {
      if (problem.severity === 'error') log.error(formatProblem(problem));
      else log.warn(formatProblem(problem));
    }
    return hasErrors(problems) ? undefined : (result.site ?? undefined);
  };
  return {
    name: 'cdi-report-model',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger, command }) => {
        if (command === 'dev') drafts = true;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'cdi-report-model',
                resolveId: (id: string) => (id === moduleId ? resolvedId : undefined),
                load(id: string) {
                  if (id !== resolvedId) return undefined;
                  site ??= compute(logger);
                  if (!site) throw new Error(inputErrorPayload(problems, config.inputRoot).err.stack);
                  // A JSON string parses faster than the same data as a JavaScript literal.
                  // The site's addresses, with the configured base path bound (src/routes.ts).
                  return [
                    `import { siteRoutes } from ${JSON.stringify(routesModule)};`,
                    `export const model = JSON.parse(${JSON.stringify(JSON.stringify(site))});`,
                    `export const config = ${JSON.stringify(config)};`,
                    'export const routes = siteRoutes(config.site);',
                    '',
                  ].join('\n');
                },
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = ['data', 'content'].map((dir) => `${config.inputRoot}${sep}${dir}`);
        const recompute = () => {
          const started = performance.now();
          const next = compute(logger);
          if (!next) {
            server.ws.send(inputErrorPayload(problems, config.inputRoot));
            return;
          }
          site = next;
          logger.info(`computed ${site.reports.length} reports in ${Math.round(performance.now() - started)} ms`);
          for (const environment of Object.values(server.environments)) {
            const module = environment.moduleGraph.getModuleById(resolvedId);
            if (module) environment.moduleGraph.invalidateModule(module);
          }
          server.ws.send({ type: 'full-reload' });
        };
        server.middlewares.use((req, res, next) => {
          const pdf = previewPdfResponse(req.url ?? '');
          if (!pdf) return next();
          res.statusCode = pdf.status;
          res.setHeader('content-type', pdf.contentType);
          res.end(pdf.body);
        });
        server.watcher.add(watched);
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!watched.some((dir) => resolve(path).startsWith(dir + sep))) return;
          // An editor's save can touch a file several times; compute once it settles.
          clearTimeout(timer);
          timer = setTimeout(recompute, 100);
        });
      },
    },
  };
}

/** The Astro configuration, for astro.config.mjs (dev, typecheck) and scripts/build.ts alike. */
export function astroConfig(config: Config, computed?: Site): AstroInlineConfig {
  return {
    site: config.site.url,
    base: config.site.base,
    output: 'static',
    integrations: [reportModel(config, computed)],
    // Builds write under .build/ and dist/; the dev server reacts to inputs and source only.
    vite: {
      server: { watch: { ignored: ['**/.build/**', '**/dist/**'] } },
    },
    trailingSlash: 'always',
    // The languages of the site (src/i18n/): English at the root, every other language's edition under its code (/cy/),
    // as src/routes.ts writes the addresses. Astro then knows each page's language (Astro.currentLocale).
    i18n: { locales: [...locales], defaultLocale: defaultLanguage, routing: { prefixDefaultLocale: false } },
    // Pages render while earlier ones are written to disk; the output does not depend on the order.
    build: { format: 'directory', concurrency: 4 },
  };
}
