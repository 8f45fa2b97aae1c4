// Bundles the Node side (scripts/bundles.mjs: browser host, Electron shell, preload, command line,
// CSV and query workers) with esbuild: one CJS file each.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { mainBundles } from './bundles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const entries = mainBundles;

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
