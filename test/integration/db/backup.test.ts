import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adoptBackup, createBackup, listBackups, newestGoodBackup } from '../../../main/db/backup';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend } from '../../../main/backend';
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

  it('rotates as it writes, keeping the newest backup of each of the last 7 days', async () => {
    const dir = tempDir();
    const db = databaseWithRow(dir);
    const backups = path.join(dir, 'backups');
    const clock = manualClock('2026-01-01T09:00:00.000Z');
    for (let i = 0; i < 9; i++) {
      expect((await createBackup(db, backups, clock.now(), 'daily')).ok).toBe(true);
      clock.advanceDays(1);
    }
    const days = () => listBackups(backups).map((b) => b.createdAt.slice(0, 10));
    // Jan 1-4 is ISO week 2026-W01, whose newest (Jan 4) is among the 7 days anyway.
    expect(days()).toEqual([
      '2026-01-09',
      '2026-01-08',
      '2026-01-07',
      '2026-01-06',
      '2026-01-05',
      '2026-01-04',
      '2026-01-03',
    ]);
    db.close();
  });

  it('always keeps the newest backup that holds more postmortems than the database now', async () => {
    const dataDir = tempDir();
    const clock = manualClock('2026-01-01T09:00:00.000Z');
    const backend = await createBackend({ dataDir, now: clock.now, log: () => {} });
    for (let i = 0; i < 21; i++) {
      const created = await dispatch(backend.handlers, 'postmortems.create', { title: `Doc ${i}` });
      expect(created.ok).toBe(true);
    }
    backend.close();
    const db = openWritable(path.join(dataDir, 'documents.sqlite'));
    const backups = path.join(dataDir, 'backups');
    const retention = { daily: 2, weekly: 0, monthly: 0 };
    clock.advanceDays(1);
    await createBackup(db, backups, clock.now(), 'daily', { retention });
    const full = listBackups(backups)[0]!.file;
    // The work is lost (here: deleted), and the app keeps opening day after day.
    db.prepare('DELETE FROM postmortems').run();
    for (let i = 0; i < 5; i++) {
      clock.advanceDays(1);
      await createBackup(db, backups, clock.now(), 'daily', { retention });
    }
    db.close();
    expect(listBackups(backups).map((b) => b.createdAt.slice(0, 10))).toEqual([
      '2026-01-07',
      '2026-01-06',
      '2026-01-02',
    ]);
    expect(listBackups(backups)[2]!.file).toBe(full);
  });

  it('deletes a new copy that fails the integrity check and keeps the older backups', async () => {
    const dir = tempDir();
    const db = databaseWithRow(dir);
    const backups = path.join(dir, 'backups');
    const clock = manualClock('2026-01-01T00:00:00.000Z');
    for (let i = 0; i < 7; i++) {
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
    // 7 days (Jan 15-21) and the newest of ISO week 2 (Sunday Jan 11).
    expect(listBackups(path.join(dataDir, 'backups')).map((b) => b.createdAt.slice(0, 10))).toEqual(
      [
        '2026-01-21',
        '2026-01-20',
        '2026-01-19',
        '2026-01-18',
        '2026-01-17',
        '2026-01-16',
        '2026-01-15',
        '2026-01-11',
      ],
    );
  });
});
