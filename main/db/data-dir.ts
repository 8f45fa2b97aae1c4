import fs from 'node:fs';
import path from 'node:path';

/** What the back end keeps in the data folder, by name: only these are tightened. */
const OWN_ENTRIES = [
  /^documents\b.*\.sqlite(-wal|-shm|-journal)?$/,
  /^backups$/,
  /^evidence$/,
  /^logs$/,
  /^host\.json$/,
];

/**
 * Makes the data folder private to this user: the folder 0700 and what the app keeps in it 0600
 * (folders 0700), existing files included (earlier versions wrote 0644/0755). Files created later,
 * by SQLite and the workers too, get the same through the process's umask. A no-op on Windows,
 * whose folders under the user's profile are private already.
 */
export function prepareDataDir(dataDir: string): void {
  process.umask(0o077);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (process.platform === 'win32') return;
  // Best effort: a folder of another user's or on a read-only disk is reported when it is opened.
  chmodQuietly(dataDir, 0o700);
  let names: string[];
  try {
    names = fs.readdirSync(dataDir);
  } catch {
    return;
  }
  for (const name of names) {
    if (OWN_ENTRIES.some((pattern) => pattern.test(name))) tighten(path.join(dataDir, name), 1);
  }
}

function chmodQuietly(target: string, mode: number): void {
  try {
    fs.chmodSync(target, mode);
  } catch {
    // Not ours to change (another owner, a read-only disk): left as it is.
  }
}

function tighten(target: string, depth: number): void {
  let stat;
  try {
    stat = fs.lstatSync(target);
  } catch {
    return;
  }
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    if ((stat.mode & 0o777) !== 0o700) chmodQuietly(target, 0o700);
    if (depth === 0) return;
    let names: string[] = [];
    try {
      names = fs.readdirSync(target);
    } catch {
      return;
    }
    for (const name of names) tighten(path.join(target, name), depth - 1);
  } else if (stat.isFile() && (stat.mode & 0o777) !== 0o600) {
    chmodQuietly(target, 0o600);
  }
}
