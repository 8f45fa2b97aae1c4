// `npm run rebuild:electron`: builds better-sqlite3 for Electron's ABI into build-electron/, from a
// copy of the package in a temporary folder, so node_modules' Node build is never touched.
// Needs the network (prebuilt binary or Electron's headers). `--force` rebuilds even if current.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const electronVersion = readJson(path.join(root, 'node_modules/electron/package.json')).version;
const sqlitePackage = path.join(root, 'node_modules/better-sqlite3');
const sqliteVersion = readJson(path.join(sqlitePackage, 'package.json')).version;
const outDir = path.join(root, 'build-electron');
const outFile = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'better_sqlite3.json');
const wanted = {
  electron: electronVersion,
  betterSqlite3: sqliteVersion,
  platform: process.platform,
  arch: process.env.npm_config_arch || process.arch,
};

/** True when build-electron/ already holds a binding for exactly this Electron and package. */
export function isCurrent() {
  try {
    const stamp = readJson(stampFile);
    return fs.existsSync(outFile) && Object.entries(wanted).every(([k, v]) => stamp[k] === v);
  } catch {
    return false;
  }
}

function run(command, args, cwd) {
  const result = spawnSync(process.execPath, [command, ...args], { cwd, stdio: 'inherit' });
  return result.status === 0;
}

export function rebuild({ force = false } = {}) {
  if (!force && isCurrent()) {
    console.log(`build-electron/better_sqlite3.node is current (Electron ${electronVersion}).`);
    return true;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-sqlite-electron-'));
  const copy = path.join(work, 'better-sqlite3');
  try {
    // The copy leaves out the Node build (build/) so nothing of it can end up in the output.
    fs.cpSync(sqlitePackage, copy, {
      recursive: true,
      filter: (src) => path.relative(sqlitePackage, src).split(path.sep)[0] !== 'build',
    });
    const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
    const target = [`--target=${electronVersion}`, `--arch=${wanted.arch}`];
    console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}…`);
    const ok =
      run(
        bin('prebuild-install', 'bin.js'),
        ['--runtime=electron', ...target, '--verbose'],
        copy,
      ) ||
      run(
        bin('node-gyp', 'bin/node-gyp.js'),
        ['rebuild', '--release', ...target, '--dist-url=https://electronjs.org/headers'],
        copy,
      );
    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (!ok || !fs.existsSync(built)) {
      console.error(
        'Could not build better-sqlite3 for Electron (this needs the network, and a C++ compiler ' +
          'when no prebuilt binary exists).',
      );
      return false;
    }
    fs.mkdirSync(outDir, { recursive: true });
    fs.copyFileSync(built, outFile);
    fs.writeFileSync(stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
    console.log(`Wrote ${path.relative(root, outFile)}.`);
    return true;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(rebuild({ force: process.argv.includes('--force') }) ? 0 : 1);
}
