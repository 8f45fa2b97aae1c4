import { openReadOnly, schemaVersion, type ConnectionOptions } from './connection';
import path from 'node:path';
import { accessProblem, failureKind, refineByFreeSpace, type FailureKind } from './failure-kind';

export type FileCheck =
  { ok: true; version: number } | { ok: false; kind: FailureKind; message: string };

/**
 * Checks a database file without writing to it: opened read-only, `PRAGMA integrity_check`, and its
 * schema version. Random bytes fail with SQLITE_NOTADB, a truncated file with SQLITE_CORRUPT or
 * integrity errors: both are 'damaged'. A file that cannot be opened at all (permissions, a lock
 * held by another process, a disk error) is not called damaged: only damage is for a backup to fix.
 */
export function inspectDatabaseFile(file: string, options: ConnectionOptions = {}): FileCheck {
  let db;
  try {
    db = openReadOnly(file, options);
  } catch (error) {
    return { ok: false, kind: kindOf(error, file), message: describe(error) };
  }
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = rows.map((row) => row.integrity_check).filter((text) => text !== 'ok');
    if (problems.length > 0) {
      return { ok: false, kind: 'damaged', message: problems.slice(0, 3).join('; ') };
    }
    return { ok: true, version: schemaVersion(db) };
  } catch (error) {
    return { ok: false, kind: kindOf(error, file), message: describe(error) };
  } finally {
    db.close();
  }
}

/** SQLite reports a refusal of the operating system as CANTOPEN: the file system says which. */
export function kindOf(error: unknown, file: string): FailureKind {
  const kind = failureKind(error);
  if (kind === 'other' || kind === 'read_only' || kind === 'io') {
    return accessProblem(file) ?? refineByFreeSpace(kind, path.dirname(file));
  }
  return kind;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
