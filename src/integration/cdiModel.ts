import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { runPipeline } from '../engine/pipeline.ts';
import { formatProblem, hasErrors } from '../engine/vocabulary.ts';
import { writeModel } from '../engine/writeModel.ts';

/**
 * `npm run dev`: computes the report model when the dev server starts and again whenever a file under
 * data/ or content/ changes, then reloads the browser. Input errors are printed compiler-style in the
 * terminal and shown in the browser's error overlay; the last good model stays in place meanwhile.
 * `npm run build` computes the model itself, so this does nothing outside dev.
 */
export function cdiModel(): AstroIntegration {
  return {
    name: 'cdi-model',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = process.cwd();
        const inputRoot = resolve(process.env.CDI_INPUT_ROOT ?? root);
        process.env.CDI_MODEL_DIR ??= '.build/dev-model';
        // Tells src/site/model.ts to read the model afresh on each request instead of once per build.
        process.env.CDI_MODEL_LIVE = '1';
        const watched = ['data', 'content'].map((dir) => `${inputRoot}${sep}${dir}`);
        const reader = resolve(root, 'src/site/model.ts');

        const run = (): boolean => {
          const started = performance.now();
          const { site, problems } = runPipeline(inputRoot);
          for (const problem of problems) {
            if (problem.severity === 'error') logger.error(formatProblem(problem));
            else logger.warn(formatProblem(problem));
          }
          if (!site || hasErrors(problems)) {
            const message = problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n');
            server.ws.send({ type: 'error', err: { message: `The inputs have errors; the page shows the last good data.\n\n${message}`, stack: '' } });
            return false;
          }
          writeModel(root, process.env.CDI_MODEL_DIR ?? '.build/dev-model', site);
          logger.info(`computed ${site.reports.length} reports in ${Math.round(performance.now() - started)} ms`);
          return true;
        };

        run();
        server.watcher.add(watched);
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!watched.some((dir) => resolve(path).startsWith(dir + sep))) return;
          // An editor's save can touch a file several times; compute once it settles.
          clearTimeout(timer);
          timer = setTimeout(() => {
            if (!run()) return;
            // Astro keeps each page's getStaticPaths until the page module changes: a change to the module that
            // reads the model makes Vite drop it and the pages that import it, so they read the new model.
            server.watcher.emit('change', reader);
            server.ws.send({ type: 'full-reload' });
          }, 100);
        });
      },
    },
  };
}
