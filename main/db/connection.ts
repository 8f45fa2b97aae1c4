import type Database from 'better-sqlite3';
import { openSqlite } from './sqlite';
import type { ReadDb, WriteDb } from './handles';

export interface ConnectionOptions {
  /**
   * Path of a better_sqlite3.node built for the running ABI. Electron needs its own build, kept in a
   * separate file so Node (tests, the browser host) keeps using the one in node_modules.
   */
  nativeBinding?: string;
}

/** Opens the documents database for writing: WAL, fsync on every commit, foreign keys enforced. */
export function openWritable(file: string, options: ConnectionOptions = {}): WriteDb {
  const db = openSqlite(file, bindingOption(options));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    db.close();
    throw error;
  }
  return db as WriteDb;
}

/** Opens an existing file read-only: used to inspect a file before anything may write to it. */
export function openReadOnly(file: string, options: ConnectionOptions = {}): ReadDb {
  const db = openSqlite(file, { ...bindingOption(options), readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db as ReadDb;
}

function bindingOption(options: ConnectionOptions): Database.Options {
  return options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
}

export function schemaVersion(db: ReadDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}
