import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/contract';
import { backupsToKeep, DEFAULT_RETENTION, type Retention } from './backup-retention';
import { openReadOnly, openWritable, type ConnectionOptions } from './connection';
import type { ReadDb } from './handles';
import { inspectDatabaseFile } from './inspect';

export interface BackupOptions extends ConnectionOptions {
  retention?: Retention;
}
const DAY_MS = 24 * 60 * 60 * 1000;
const NAME =
  /^documents-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(-[a-z0-9-]+)?\.sqlite$/;

export function backupDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** The backups in `dir`, newest first. The time comes from the name, which the caller's clock wrote. */
export function listBackups(dir: string): BackupInfo[] {
  const found: BackupInfo[] = [];
  for (const file of filesIn(dir)) {
    const match = NAME.exec(file);
    if (!match) continue;
    const [, day, h, m, s, ms] = match;
    found.push({
      file,
      createdAt: `${day}T${h}:${m}:${s}.${ms}Z`,
      bytes: fs.statSync(path.join(dir, file)).size,
    });
  }
  return found.sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file),
  );
}

export function isBackupDue(dir: string, now: Date): boolean {
  const newest = listBackups(dir)[0];
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}

export type BackupResult = { ok: true; backup: BackupInfo } | { ok: false; message: string };

/**
 * Online backup of `db` into `dir`. The copy is written under a temporary name and checked with
 * `PRAGMA integrity_check`; only a good copy gets its final name and rotates the older ones (see
 * backup-retention.ts). A bad copy is deleted and the existing backups are left alone.
 */
export async function createBackup(
  db: ReadDb,
  dir: string,
  now: Date,
  reason: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  let partial = '';
  let file = '';
  try {
    fs.mkdirSync(dir, { recursive: true });
    removePartials(dir);
    file = uniqueName(dir, now, reason);
    partial = path.join(dir, `.${file}.partial`);
    await db.backup(partial);
    // The copy inherits WAL mode; switched back so that reading it later leaves no -wal/-shm files.
    const copy = openWritable(partial, options);
    copy.pragma('journal_mode = DELETE');
    copy.close();
  } catch (error) {
    if (partial) removeQuietly(partial);
    return { ok: false, message: `The backup could not be written: ${messageOf(error)}` };
  }
  return adoptBackup(dir, partial, file, { ...options, currentPostmortems: postmortemCount(db) });
}

/**
 * Gives a freshly written copy its final name if it passes the integrity check, then rotates;
 * otherwise deletes it and leaves the existing backups alone.
 */
export function adoptBackup(
  dir: string,
  partial: string,
  file: string,
  options: BackupOptions & { currentPostmortems?: number | null } = {},
): BackupResult {
  const check = inspectDatabaseFile(partial, options);
  if (!check.ok) {
    removeQuietly(partial);
    return { ok: false, message: `The new backup failed its integrity check: ${check.message}` };
  }
  fs.renameSync(partial, path.join(dir, file));
  rotate(dir, options.retention ?? DEFAULT_RETENTION, options.currentPostmortems ?? null, options);
  const backup = listBackups(dir).find((b) => b.file === file);
  if (!backup) return { ok: false, message: 'The backup vanished right after it was written.' };
  return { ok: true, backup };
}

/** The newest backup that passes the integrity check, or null; damaged backups are skipped. */
export function newestGoodBackup(dir: string, options: ConnectionOptions = {}): BackupInfo | null {
  for (const backup of listBackups(dir)) {
    if (inspectDatabaseFile(path.join(dir, backup.file), options).ok) return backup;
  }
  return null;
}

function filesIn(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch (error) {
    // No backups yet, or something else in the way: either way there is nothing to offer.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
}

/**
 * How many postmortems a database holds (those in the bin too): what "holds more" compares. Null
 * when it cannot be counted (not a documents database, or damaged).
 */
export function postmortemCount(db: ReadDb): number | null {
  try {
    return db.prepare('SELECT count(*) FROM postmortems').pluck().get() as number;
  } catch {
    return null;
  }
}

function postmortemCountIn(file: string, options: ConnectionOptions): number | null {
  try {
    const db = openReadOnly(file, options);
    try {
      return postmortemCount(db);
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

function rotate(
  dir: string,
  retention: Retention,
  current: number | null,
  options: ConnectionOptions,
): void {
  const backups = listBackups(dir);
  const holdsMore =
    current === null
      ? null
      : (backups.find(
          (b) => (postmortemCountIn(path.join(dir, b.file), options) ?? -1) > current,
        ) ?? null);
  const keep = backupsToKeep(backups, retention, holdsMore);
  for (const old of backups) if (!keep.has(old.file)) removeQuietly(path.join(dir, old.file));
}

function uniqueName(dir: string, now: Date, reason: string): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const base = `documents-${stamp}-${reason}`;
  let name = `${base}.sqlite`;
  for (let n = 2; fs.existsSync(path.join(dir, name)); n++) name = `${base}-${n}.sqlite`;
  return name;
}

function removePartials(dir: string): void {
  for (const file of fs.readdirSync(dir)) {
    if (file.endsWith('.partial')) removeQuietly(path.join(dir, file));
  }
}

function removeQuietly(file: string): void {
  fs.rmSync(file, { force: true });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
