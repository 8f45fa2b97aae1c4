// Runs the parts of `npm run build` whose outputs are missing or older than their sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildParts } from './bundles.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const PARTS = buildParts;

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

function oldestOutput(base, outputs) {
  let oldest = Infinity;
  for (const output of outputs) {
    try {
      oldest = Math.min(oldest, fs.statSync(path.join(base, output)).mtimeMs);
    } catch {
      return 0;
    }
  }
  return oldest;
}

/** The parts of the build (scripts/bundles.mjs) with an output missing or older than an input. */
export function staleParts(base = root) {
  return PARTS.filter((part) => {
    const newestInput = Math.max(
      ...part.inputs.map((input) => newestMtime(path.join(base, input))),
    );
    return newestInput > oldestOutput(base, part.outputs);
  });
}

/**
 * Returns the npm scripts it ran; exits the process if a build fails. `toStderr` keeps stdout clean
 * for callers whose stdout is data (the command line's --json).
 */
export function buildIfStale({ toStderr = false } = {}) {
  const ran = [];
  for (const part of staleParts()) {
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
