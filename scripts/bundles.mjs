// The one list of what `npm run build` makes. scripts/build-main.mjs builds these bundles,
// scripts/build-if-stale.mjs checks them against their inputs, and electron-builder.config.mjs
// packs them (the worker bundles beside the archive: a worker cannot start from inside it).

/** The Node side, bundled by esbuild: one CJS file each. */
export const mainBundles = [
  { in: 'main/host/serve.ts', out: 'dist/main/serve.cjs' },
  { in: 'main/electron/main.ts', out: 'dist/main/electron.cjs' },
  // The preload runs sandboxed: a single CJS file that requires nothing but 'electron'.
  { in: 'preload/index.ts', out: 'dist/preload/index.cjs' },
  // Workers are started by file name from next to the bundle that starts them
  // (main/evidence/import/worker-launch.ts, main/evidence/query-worker/query-client.ts).
  {
    in: 'main/evidence/import/csv-parse-worker.ts',
    out: 'dist/main/csv-parse-worker.cjs',
    worker: true,
  },
  {
    in: 'main/evidence/query-worker/query-worker.ts',
    out: 'dist/main/evidence-query-worker.cjs',
    worker: true,
  },
  { in: 'main/cli/index.ts', out: 'dist/main/cli.cjs' },
];

/** The window, built by Vite into dist/renderer. */
export const rendererOutput = 'dist/renderer/index.html';

/** Besides their sources, every part depends on the installed libraries. */
const dependencies = ['package.json', 'package-lock.json'];

/** The parts of the build, each with what it reads and what it writes. */
export const buildParts = [
  {
    script: 'build:renderer',
    inputs: ['renderer', 'shared', 'vite.config.ts', ...dependencies],
    outputs: [rendererOutput],
  },
  {
    script: 'build:main',
    inputs: [
      'main',
      'shared',
      'preload',
      'scripts/build-main.mjs',
      'scripts/bundles.mjs',
      ...dependencies,
    ],
    outputs: mainBundles.map((bundle) => bundle.out),
  },
];
