// `npm run test:electron`: the smoke suite of the desktop app (test/electron/, Playwright's Electron
// driver). Where it cannot run (no Electron binary, no SQLite build for it, no display) it says so
// in one line, "skipped: <reason>", and runs nothing: a skipped suite is never reported as passed.
// PM_REQUIRE_ELECTRON=1 (for a machine that must run it) turns that skip into a failure.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { buildIfStale, root } from './build-if-stale.mjs';
import { isCurrent, rebuild } from './rebuild-electron-native.mjs';

const { electronExecutable, hasDisplay, hasXvfbRun, whyElectronCannotRun } = await tsImport(
  '../test/electron/availability.ts',
  import.meta.url,
);

// With Electron at hand, the rest can be made: the app's build and SQLite for Electron's ABI.
if (electronExecutable()) {
  buildIfStale();
  if (!isCurrent()) rebuild();
}
const underXvfb = !hasDisplay() && hasXvfbRun();
const reason = whyElectronCannotRun(hasDisplay() || underXvfb);
if (reason) {
  console.log(`Electron smoke suite: skipped: ${reason}. Nothing ran; not counted as passed.`);
  process.exit(process.env.PM_REQUIRE_ELECTRON === '1' ? 1 : 0);
}

const playwright = [
  path.join(root, 'node_modules/@playwright/test/cli.js'),
  'test',
  '--config',
  path.join(root, 'playwright.electron.config.ts'),
  ...process.argv.slice(2),
];
const [command, args] = underXvfb
  ? ['xvfb-run', ['-a', process.execPath, ...playwright]]
  : [process.execPath, playwright];
const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
if (result.error) console.error(`Could not start ${command}: ${result.error.message}`);
process.exit(result.status ?? 1);
