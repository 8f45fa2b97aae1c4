import os from 'node:os';
import path from 'node:path';

export const DATA_DIR_ENV = 'POSTMORTEM_STUDIO_DATA_DIR';

export interface ServeOptions {
  dataDir: string;
  /** 0: the data folder's port from its last run when free, else any free port (stable-port.ts). */
  port: number;
  /** End-to-end tests only: the back end's clock can be moved through POST /api/test/clock. */
  testClock: boolean;
}

export class ArgsError extends Error {
  override name = 'ArgsError';
}

const USAGE = 'Usage: npm run serve -- [--data-dir DIR] [--port N] [--test-clock]';

/** Reads `--name value` or `--name=value`; returns undefined when the flag is absent. */
export function readFlag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === `--${name}`) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new ArgsError(`--${name} needs a value. ${USAGE}`);
      }
      return value;
    }
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

/** The data folder: `--data-dir`, else the environment variable, else the given default. */
export function resolveDataDir(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  fallback: string,
): string {
  const chosen = readFlag(argv, 'data-dir') ?? (env[DATA_DIR_ENV] || undefined) ?? fallback;
  if (chosen.trim() === '') throw new ArgsError(`--data-dir cannot be empty. ${USAGE}`);
  return path.resolve(chosen);
}

export function defaultHostDataDir(home: string = os.homedir()): string {
  return path.join(home, '.postmortem-studio');
}

/** Arguments of `npm run serve`; anything unknown is refused so a typo does not go unnoticed. */
export function parseServeArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  home: string = os.homedir(),
): ServeOptions {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--test-clock') continue;
    const known = ['--data-dir', '--port'].some((f) => arg === f || arg.startsWith(`${f}=`));
    if (!known) throw new ArgsError(`Unknown argument "${arg}". ${USAGE}`);
    if (!arg.includes('=')) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new ArgsError(`${arg} needs a value. ${USAGE}`);
      }
      i++;
    }
  }
  const dataDir = resolveDataDir(argv, env, defaultHostDataDir(home));
  const portText = readFlag(argv, 'port') ?? '0';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || !Number.isInteger(port) || port > 65535) {
    throw new ArgsError(`--port must be a whole number from 0 to 65535, not "${portText}".`);
  }
  return { dataDir, port, testClock: argv.includes('--test-clock') };
}
