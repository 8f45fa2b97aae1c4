import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openReadOnly, openWritable, schemaVersion } from '../../../main/db/connection';
import { DocumentsDatabase } from '../../../main/db/documents-database';
import { migrate, NewerDatabaseError } from '../../../main/db/migrate';
import { latestVersion, migrations, type Migration } from '../../../main/db/migrations';
import { listBackups } from '../../../main/db/backup';
import { manualClock, tempDir } from './temp';

// Test migrations come after the real ones, whatever their number is by now.
const latest = latestVersion();
const next = latest + 1;

const addsNotes: Migration = {
  version: next,
  name: 'test-adds-a-table',
  up: (db) => db.exec('CREATE TABLE test_notes (id TEXT PRIMARY KEY) STRICT'),
};

const failsHalfway: Migration = {
  version: next,
  name: 'test-fails-halfway',
  up: (db) => {
    db.exec('CREATE TABLE half_done (id TEXT) STRICT');
    throw new Error('boom');
  },
};

function tableNames(file: string): string[] {
  const db = openReadOnly(file);
  const names = (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
  db.close();
  return names;
}

describe('migrate', () => {
  it('runs every pending migration and records the version in user_version', () => {
    const file = path.join(tempDir(), 'documents.sqlite');
    const db = openWritable(file);
    expect(migrate(db, [...migrations, addsNotes])).toEqual({ from: 0, to: next });
    expect(schemaVersion(db)).toBe(next);
    expect(migrate(db, [...migrations, addsNotes])).toEqual({ from: next, to: next });
    db.close();
    expect(tableNames(file)).toContain('test_notes');
  });

  it('runs all pending migrations in one transaction: a failure leaves the database as it was', () => {
    const file = path.join(tempDir(), 'documents.sqlite');
    const db = openWritable(file);
    expect(() => migrate(db, [...migrations, failsHalfway])).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    db.close();
    expect(tableNames(file)).toEqual([]);
  });

  it('runs with foreign keys off, so rebuilding a parent table keeps its children', () => {
    const file = path.join(tempDir(), 'documents.sqlite');
    const db = openWritable(file);
    migrate(db, migrations);
    db.exec(`INSERT INTO postmortems (id, title, status, model_name, model_version, what_happened,
      time_zone, detected_by, impacted_who, impacted_unit, objective, created_at, updated_at)
      VALUES ('p1', 'T', 'draft', '', '', '', 'UTC', '', '', '', '', 'x', 'x');
      INSERT INTO worked_well (postmortem_id, position, id, text) VALUES ('p1', 0, 'w1', 'kept');`);
    const rebuildsParent: Migration = {
      version: next,
      name: 'test-rebuilds-postmortems',
      up: (handle) => {
        const { sql } = handle
          .prepare("SELECT sql FROM sqlite_schema WHERE name = 'postmortems'")
          .get() as { sql: string };
        handle.exec(sql.replace('CREATE TABLE postmortems', 'CREATE TABLE postmortems_new'));
        handle.exec('INSERT INTO postmortems_new SELECT * FROM postmortems');
        handle.exec('DROP TABLE postmortems');
        handle.exec('ALTER TABLE postmortems_new RENAME TO postmortems');
      },
    };
    migrate(db, [...migrations, rebuildsParent]);
    expect(db.prepare('SELECT text FROM worked_well').all()).toEqual([{ text: 'kept' }]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a list that is not numbered 1, 2, 3, ...', () => {
    const db = openWritable(path.join(tempDir(), 'documents.sqlite'));
    expect(() => migrate(db, [...migrations, { ...addsNotes, version: next + 1 }])).toThrow(
      `has version ${next + 1}; expected ${next}`,
    );
    db.close();
  });

  it('refuses a database from a newer version without touching it', () => {
    const db = openWritable(path.join(tempDir(), 'documents.sqlite'));
    db.pragma('user_version = 99');
    expect(() => migrate(db, migrations)).toThrow(NewerDatabaseError);
    expect(() => migrate(db, migrations)).toThrow(
      /newer version of Postmortem Studio \(schema version 99/,
    );
    expect(schemaVersion(db)).toBe(99);
    db.close();
  });
});

describe('opening the documents database', () => {
  it('backs the database up before migrating it, and the backup holds the old version', async () => {
    const dataDir = tempDir();
    const clock = manualClock('2026-01-10T09:00:00.000Z');
    const first = await DocumentsDatabase.open({ dataDir, now: clock.now, migrations });
    first.close();
    clock.set('2026-01-10T10:00:00.000Z');
    const second = await DocumentsDatabase.open({
      dataDir,
      now: clock.now,
      migrations: [...migrations, addsNotes],
    });
    expect(second.health).toEqual({ state: 'ok' });
    expect(schemaVersion(second.writable())).toBe(next);
    second.close();
    const backups = listBackups(path.join(dataDir, 'backups'));
    const before = backups.find((b) => b.file.includes(`before-v${next}`));
    expect(before?.createdAt).toBe('2026-01-10T10:00:00.000Z');
    const copy = openReadOnly(path.join(dataDir, 'backups', before!.file));
    expect(schemaVersion(copy)).toBe(latest);
    copy.close();
  });

  it('does not migrate (nor write) when the pre-migration backup cannot be made', async () => {
    const dataDir = tempDir();
    const clock = manualClock();
    (await DocumentsDatabase.open({ dataDir, now: clock.now, migrations })).close();
    // A file where the backups folder should be: the backup cannot be written.
    fs.rmSync(path.join(dataDir, 'backups'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'backups'), 'not a folder');
    const reopened = await DocumentsDatabase.open({
      dataDir,
      now: clock.now,
      migrations: [...migrations, addsNotes],
      log: () => {},
    });
    // The database is fine: it is the backups folder that is in the way, so no restore is offered.
    expect(reopened.health).toMatchObject({
      state: 'cannot_open',
      message: expect.stringMatching(/no upgrade without a good backup first.*not damaged/),
    });
    const db = openReadOnly(path.join(dataDir, 'documents.sqlite'));
    expect(schemaVersion(db)).toBe(latest);
    db.close();
  });
});
