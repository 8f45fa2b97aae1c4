import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  adoptBackup,
  createBackup,
  KEEP_BACKUPS,
  listBackups,
  newestGoodBackup,
} from '../../../main/db/backup';
import { openReadOnly, openWritable } from '../../../main/db/connection';
import { DocumentsDatabase } from '../../../main/db/documents-database';
import { inspectDatabaseFile } from '../../../main/db/inspect';
import { migrate } from '../../../main/db/migrate';
import { latestVersion } from '../../../main/db/migrations';
import { manualClock, tempDir } from './temp';

function databaseWithRow(dir: string) {
  const db = openWritable(path.join(dir, 'documents.sqlite'));
  migrate(db);
  db.prepare("INSERT INTO meta (key, value) VALUES ('marker', 'kept')").run();
  return db;
}

describe('backups', () => {
  it('writes a checked copy named after the time, and leaves no -wal or -shm files beside it', async () => {
    const dir = tempDir();
    const db = databaseWithRow(dir);
    const backups = path.join(dir, 'backups');
    const result = await createBackup(db, backups, new Date('2026-01-10T09:00:00.123Z'), 'daily');
    db.close();
    expect(result.ok).toBe(true);
    expect(fs.readdirSync(backups)).toEqual(['documents-2026-01-10T09-00-00-123Z-daily.sqlite']);
    expect(listBackups(backups)[0]).toMatchObject({ createdAt: '2026-01-10T09:00:00.123Z' });
    const file = path.join(backups, 'documents-2026-01-10T09-00-00-123Z-daily.sqlite');
    expect(inspectDatabaseFile(file)).toEqual({ ok: true, version: latestVersion() });
    const copy = openReadOnly(file);
    expect(copy.prepare("SELECT value FROM meta WHERE key = 'marker'").get()).toEqual({
      value: 'kept',
    });
    copy.close();
    expect(fs.readdirSync(backups)).toHaveLength(1);
  });

  it(`keeps the newest ${KEEP_BACKUPS}`, async () => {
    const dir = tempDir();
    const db = databaseWithRow(dir);
    const backups = path.join(dir, 'backups');
    const clock = manualClock('2026-01-01T00:00:00.000Z');
    for (let i = 0; i < 9; i++) {
      expect((await createBackup(db, backups, clock.now(), 'daily')).ok).toBe(true);
      clock.advanceDays(1);
    }
    db.close();
    const kept = listBackups(backups).map((b) => b.createdAt.slice(0, 10));
    expect(kept).toEqual([
      '2026-01-09',
      '2026-01-08',
      '2026-01-07',
      '2026-01-06',
      '2026-01-05',
      '2026-01-04',
      '2026-01-03',
    ]);
  });

  it('deletes a new copy that fails the integrity check and keeps the older backups', async () => {
    const dir = tempDir();
    const db = databaseWithRow(dir);
    const backups = path.join(dir, 'backups');
    const clock = manualClock('2026-01-01T00:00:00.000Z');
    for (let i = 0; i < KEEP_BACKUPS; i++) {
      await createBackup(db, backups, clock.now(), 'daily');
      clock.advanceDays(1);
    }
    db.close();
    const before = listBackups(backups);
    const partial = path.join(backups, '.bad.partial');
    fs.writeFileSync(partial, crypto.randomBytes(8192));
    const result = adoptBackup(backups, partial, 'documents-2026-02-01T00-00-00-000Z-daily.sqlite');
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(
      /failed its integrity check: file is not a database/,
    );
    expect(fs.existsSync(partial)).toBe(false);
    expect(listBackups(backups)).toEqual(before);
  });

  it('offers the newest backup that passes the integrity check, skipping a corrupt one', async () => {
    const dir = tempDir();
    const db = databaseWithRow(dir);
    const backups = path.join(dir, 'backups');
    await createBackup(db, backups, new Date('2026-01-01T00:00:00.000Z'), 'daily');
    await createBackup(db, backups, new Date('2026-01-02T00:00:00.000Z'), 'daily');
    db.close();
    const [newest, older] = listBackups(backups);
    fs.writeFileSync(path.join(backups, newest!.file), crypto.randomBytes(8192));
    expect(newestGoodBackup(backups)?.file).toBe(older!.file);
  });

  it('backs up at most once a day when the database is opened', async () => {
    const dataDir = tempDir();
    const clock = manualClock('2026-01-10T09:00:00.000Z');
    const open = async () => (await DocumentsDatabase.open({ dataDir, now: clock.now })).close();
    const count = () => listBackups(path.join(dataDir, 'backups')).length;
    await open();
    expect(count()).toBe(1);
    clock.set('2026-01-10T20:00:00.000Z');
    await open();
    expect(count()).toBe(1);
    clock.set('2026-01-11T09:00:00.000Z');
    await open();
    expect(count()).toBe(2);
    for (let day = 0; day < 10; day++) {
      clock.advanceDays(1);
      await open();
    }
    expect(count()).toBe(KEEP_BACKUPS);
    expect(listBackups(path.join(dataDir, 'backups'))[0]?.createdAt).toBe(
      '2026-01-21T09:00:00.000Z',
    );
  });
});
