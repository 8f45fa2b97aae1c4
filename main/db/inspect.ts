import { openReadOnly, schemaVersion, type ConnectionOptions } from './connection';

export type FileCheck =
  { ok: true; version: number } | { ok: false; reason: 'damaged' | 'unreadable'; message: string };

/**
 * Checks a database file without writing to it: opened read-only, `PRAGMA integrity_check`, and its
 * schema version. Random bytes fail with SQLITE_NOTADB, a truncated file with SQLITE_CORRUPT or
 * integrity errors; both count as damaged.
 */
export function inspectDatabaseFile(file: string, options: ConnectionOptions = {}): FileCheck {
  let db;
  try {
    db = openReadOnly(file, options);
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: describe(error) };
  }
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = rows.map((row) => row.integrity_check).filter((text) => text !== 'ok');
    if (problems.length > 0) {
      return { ok: false, reason: 'damaged', message: problems.slice(0, 3).join('; ') };
    }
    return { ok: true, version: schemaVersion(db) };
  } catch (error) {
    return { ok: false, reason: 'damaged', message: describe(error) };
  } finally {
    db.close();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
