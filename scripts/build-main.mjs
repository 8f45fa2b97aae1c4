// Bundles the Node side (browser host, Electron shell, preload, command line, CSV and query workers) with esbuild: one CJS file each.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** One line per bundle: source entry -> output file (relative to the repo). */
const entries = [
  { in: 'main/host/serve.ts', out: 'dist/main/serve.cjs' },
  { in: 'main/electron/main.ts', out: 'dist/main/electron.cjs' },
  // The preload runs sandboxed: it must be a single CJS file that requires nothing but 'electron'.
  { in: 'preload/index.ts', out: 'dist/preload/index.cjs' },
  // The CSV parsing worker is loaded by file name from next to the bundle that starts it.
  { in: 'main/evidence/import/csv-parse-worker.ts', out: 'dist/main/csv-parse-worker.cjs' },
  // The evidence query worker likewise (main/evidence/query-worker/query-client.ts starts it).
  {
    in: 'main/evidence/query-worker/query-worker.ts',
    out: 'dist/main/evidence-query-worker.cjs',
  },
  { in: 'main/cli/index.ts', out: 'dist/main/cli.cjs' },
];

// Native or binary-shipping modules are loaded from node_modules (or the packaged app) at run time.
const external = ['electron', 'better-sqlite3', '@duckdb/node-api'];

const started = performance.now();
const results = await Promise.allSettled(
  entries.map((entry) =>
    build({
      absWorkingDir: root,
      entryPoints: [entry.in],
      outfile: entry.out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: true,
      external,
      logLevel: 'warning',
      // Code that reads import.meta.url guards it with `typeof __filename` for the CJS bundle.
      logOverride: { 'empty-import-meta': 'silent' },
    }),
  ),
);
// esbuild has already printed the errors, with file and line.
if (results.some((result) => result.status === 'rejected')) process.exit(1);
console.log(
  `build:main: ${entries.length} bundles in ${Math.round(performance.now() - started)} ms`,
);
