import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository: the Electron app's folder (its package.json names dist/main/electron.cjs). */
export const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Electron's executable where it is installed, else null. The same lookup as electron's own
 * index.js (which Playwright requires to find it), without its side effect: that one starts a
 * download when the binary is missing, which hangs where there is no network.
 */
export function electronExecutable(env: NodeJS.ProcessEnv = process.env): string | null {
  const electronDir = path.join(appDir, 'node_modules', 'electron');
  let relative: string | undefined;
  try {
    relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8');
  } catch {
    relative = undefined;
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const full = override
    ? path.join(override, relative ?? 'electron')
    : relative
      ? path.join(electronDir, 'dist', relative)
      : null;
  return full && fs.existsSync(full) ? full : null;
}

/** True where a window can be opened: always off Linux; on Linux with X or Wayland. */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return process.platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** True where `xvfb-run` can give a Linux machine without a display a virtual one. */
export function hasXvfbRun(): boolean {
  if (process.platform !== 'linux') return false;
  return spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error === undefined;
}

/**
 * Why the desktop app cannot be launched here, or null when it can. `display` says whether a
 * window can be shown (the runner passes true when it will start the suite under xvfb-run).
 */
export function whyElectronCannotRun(display: boolean = hasDisplay()): string | null {
  if (!electronExecutable()) {
    return "Electron's binary is not installed (node_modules/electron/dist: it could not be downloaded here; `npm start` fetches it where there is a network)";
  }
  if (!fs.existsSync(path.join(appDir, 'build-electron', 'better_sqlite3.node'))) {
    return 'SQLite is not built for Electron (`npm run rebuild:electron` needs the network)';
  }
  if (!fs.existsSync(path.join(appDir, 'dist', 'main', 'electron.cjs'))) {
    return 'the app is not built (`npm run build`)';
  }
  if (!display) return 'there is no display to open a window on, and no xvfb-run to make one';
  return null;
}
