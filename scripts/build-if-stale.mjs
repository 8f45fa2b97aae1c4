// Runs the parts of `npm run build` whose outputs are missing or older than their sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const PARTS = [
  {
    script: 'build:renderer',
    inputs: ['renderer', 'shared', 'vite.config.ts'],
    outputs: ['dist/renderer/index.html'],
  },
  {
    script: 'build:main',
    inputs: ['main', 'shared', 'preload', 'package.json', 'scripts/build-main.mjs'],
    outputs: [
      'dist/main/serve.cjs',
      'dist/main/electron.cjs',
      'dist/preload/index.cjs',
      'dist/main/cli.cjs',
      'dist/main/csv-parse-worker.cjs',
    ],
  },
];

function newestMtime(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

function oldestOutput(outputs) {
  let oldest = Infinity;
  for (const output of outputs) {
    try {
      oldest = Math.min(oldest, fs.statSync(path.join(root, output)).mtimeMs);
    } catch {
      return 0;
    }
  }
  return oldest;
}

/**
 * Returns the npm scripts it ran; exits the process if a build fails. `toStderr` keeps stdout clean
 * for callers whose stdout is data (the command line's --json).
 */
export function buildIfStale({ toStderr = false } = {}) {
  const ran = [];
  for (const part of PARTS) {
    const newestInput = Math.max(
      ...part.inputs.map((input) => newestMtime(path.join(root, input))),
    );
    if (newestInput <= oldestOutput(part.outputs)) continue;
    const result = spawnSync('npm', ['run', '-s', part.script], {
      cwd: root,
      stdio: toStderr ? ['ignore', process.stderr, process.stderr] : 'inherit',
      shell: process.platform === 'win32',
    });
    if (result.status !== 0) {
      console.error(`npm run ${part.script} failed; fix the errors above and try again.`);
      process.exit(result.status ?? 1);
    }
    ran.push(part.script);
  }
  return ran;
}
