// Fetches Electron's binary on the first `npm start`, saying what it does and how far it got:
// electron's own install script is silent for its first 30 s. The download lands in
// @electron/get's cache with the checksums electron ships; electron's install script then
// unpacks it from there without downloading again.
import { downloadArtifact } from '@electron/get';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { root } from './build-if-stale.mjs';

const require = createRequire(import.meta.url);
const electronDir = path.join(root, 'node_modules', 'electron');

/** The Electron executable if it is installed, else null. */
export function installedElectron() {
  try {
    const relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
    const full = path.join(electronDir, 'dist', relative);
    return fs.existsSync(full) ? full : null;
  } catch {
    return null;
  }
}

function megabytes(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/** Downloads (with progress on stderr) and unpacks Electron; the executable, or null. */
export async function fetchElectron({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const installed = installedElectron();
  if (installed) return installed;
  const { version } = require(path.join(electronDir, 'package.json'));
  const platform = process.env.ELECTRON_INSTALL_PLATFORM || process.platform;
  const arch = process.env.ELECTRON_INSTALL_ARCH || process.env.npm_config_arch || process.arch;
  log(`Fetching Electron ${version} for ${platform}-${arch} (once; it is cached afterwards)…`);
  let shown = -1;
  try {
    await downloadArtifact({
      version,
      artifactName: 'electron',
      platform,
      arch,
      cacheRoot: process.env.electron_config_cache,
      checksums: require(path.join(electronDir, 'checksums.json')),
      downloadOptions: {
        quiet: true,
        getProgressCallback: ({ transferred, total, percent }) => {
          const step = Math.floor(percent * 10);
          if (step === shown) return;
          shown = step;
          const of = total ? ` of ${megabytes(total)}` : '';
          log(`  Electron: ${Math.round(percent * 100)}% (${megabytes(transferred)}${of})`);
        },
      },
    });
  } catch (error) {
    log(`  Electron could not be downloaded: ${error instanceof Error ? error.message : error}`);
    return null;
  }
  log('  Unpacking Electron…');
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 10 * 60_000,
  });
  return installedElectron();
}
