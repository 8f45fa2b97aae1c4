import { schemaVersion } from './connection';
import type { WriteDb } from './handles';
import { latestVersion, migrations as known, type Migration } from './migrations';

export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `This database was written by a newer version of Postmortem Studio (schema version ${found}; ` +
        `this version knows up to ${known}). It was not changed. Install the newer version to open it.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

/** Throws if the list is not 1, 2, 3, ... so a mis-numbered new file fails the first test run. */
export function assertOrdered(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration "${migration.name}" has version ${migration.version}; expected ${index + 1}.`,
      );
    }
  });
}

export function pendingMigrations(
  version: number,
  list: readonly Migration[] = known,
  target = latestVersion(list),
): Migration[] {
  if (version > latestVersion(list)) throw new NewerDatabaseError(version, latestVersion(list));
  return list.filter((m) => m.version > version && m.version <= target);
}

/**
 * Runs every pending migration up to `target` in ONE transaction and records the version in
 * `PRAGMA user_version` inside it, so a failure leaves the database exactly as it was.
 */
export function migrate(
  db: WriteDb,
  list: readonly Migration[] = known,
  target = latestVersion(list),
): { from: number; to: number } {
  assertOrdered(list);
  const from = schemaVersion(db);
  const pending = pendingMigrations(from, list, target);
  if (pending.length === 0) return { from, to: from };
  const to = pending.at(-1)!.version;
  // Foreign keys are off while migrating so that rebuilding a parent table (SQLite's 12-step ALTER)
  // does not cascade-delete its children; foreign_key_check inside the transaction keeps them honest.
  // The pragma is a no-op inside a transaction, hence here.
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const migration of pending) migration.up(db);
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new Error(
          `Migrating to ${to} would leave ${violations.length} rows breaking a foreign key.`,
        );
      }
      db.pragma(`user_version = ${to}`);
    }).immediate();
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return { from, to };
}
