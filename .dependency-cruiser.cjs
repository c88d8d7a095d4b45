/**
 * The import rules of the pipeline, checked by `npm test` (tests/architecture.test.ts):
 * data flows load → validate → compute → check → render, and each stage imports only from the stages before
 * it and from the shared vocabulary (src/engine/vocabulary.ts). The pipeline (src/engine/pipeline.ts) is the one
 * module that runs the stages in order, and the configuration (src/config.ts) is read by the entry points only.
 * The site's addresses (src/routes.ts) sit below everything: any module may use them, and they import nothing.
 */
const stages = ['load', 'validate', 'compute', 'check'];
const engine = (stage) => `^src/engine/${stage}/`;
const later = (stage) => stages.slice(stages.indexOf(stage) + 1).map(engine);
const outsideEngine = '^src/(render|pages|components|layouts|integration|config|authoring)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...stages.map((stage) => ({
      name: `no-backward-from-${stage}`,
      comment: `the ${stage} stage imports only from earlier stages and src/engine/vocabulary.ts`,
      severity: 'error',
      from: { path: engine(stage) },
      to: { path: [...later(stage), '^src/engine/pipeline\\.ts$', outsideEngine] },
    })),
    {
      name: 'vocabulary-imports-no-stage',
      comment: 'the shared vocabulary is below every stage, so it imports none of them',
      severity: 'error',
      from: { path: '^src/engine/vocabulary\\.ts$' },
      to: { path: ['^src/engine/', outsideEngine], pathNot: '^src/engine/vocabulary\\.ts$' },
    },
    {
      name: 'engine-imports-nothing-above-it',
      comment: 'the engine computes the model; rendering and pages come after it',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: outsideEngine },
    },
    {
      name: 'render-after-engine',
      comment: 'render turns the model into output; it runs no stage and knows nothing of pages or components',
      severity: 'error',
      // A test may build its model from fixtures with the pipeline.
      from: { path: '^src/render/', pathNot: '\\.test\\.ts$' },
      to: { path: ['^src/engine/pipeline\\.ts$', '^src/(pages|components|layouts|integration)/'] },
    },
    {
      name: 'routes-imports-nothing',
      comment: 'src/routes.ts names every address of the site; the engine, render, pages and scripts all use it, so it imports no module of the project',
      severity: 'error',
      from: { path: '^src/routes\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment: 'a module nothing imports and that imports nothing is dead code (entry points, tests and configs aside)',
      severity: 'error',
      from: {
        orphan: true,
        pathNot: ['\\.test\\.ts$', '\\.d\\.ts$', '(^|/)\\.[^/]+\\.(c|m)?js$', '\\.config\\.(c|m)?(js|ts)$', '^src/pages/', '^scripts/[^/]+\\.ts$'],
      },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.build)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'] },
  },
};
