import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoPostmortem } from '../../../shared/template';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend, type Backend } from '../../../main/backend';
import { listBackups } from '../../../main/db/backup';
import { openWritable } from '../../../main/db/connection';
import { manualClock, tempDir } from '../db/temp';
import { fullDocument } from '../postmortems/full-document';
import { storeDocument } from '../postmortems/store-document';

const hash = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const quiet = () => {};

async function call(backend: Backend, channel: string, input: unknown = {}) {
  return dispatch(backend.handlers, channel, input, quiet);
}

async function value<T = unknown>(
  backend: Backend,
  channel: string,
  input: unknown = {},
): Promise<T> {
  const outcome = await call(backend, channel, input);
  if (!outcome.ok) throw new Error(`${channel}: ${outcome.error.message}`);
  return outcome.value as T;
}

describe('createBackend on a fresh data folder', () => {
  it('creates the folder and the database, and seeds the demo exactly once', async () => {
    const dataDir = path.join(tempDir('pm-backend-'), 'nested', 'data');
    const clock = manualClock();
    const backend = await createBackend({ dataDir, now: clock.now });
    expect(backend.health).toEqual({ state: 'ok' });
    expect(fs.existsSync(path.join(dataDir, 'documents.sqlite'))).toBe(true);
    const list = await value<{ id: string; title: string }[]>(backend, 'postmortems.list');
    expect(list.map((p) => p.title)).toEqual([demoPostmortem().title]);
    await value(backend, 'postmortems.delete', { id: list[0]!.id });
    backend.close();

    clock.advanceDays(40);
    const again = await createBackend({ dataDir, now: clock.now });
    expect(await value(again, 'postmortems.list')).toEqual([]);
    // Purged on open: more than 30 days in the bin.
    expect(await call(again, 'postmortems.restore', { id: list[0]!.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    again.close();
  });

  it('answers app.info with the version, the folder and the database file', async () => {
    const dataDir = tempDir('pm-backend-');
    const backend = await createBackend({ dataDir });
    expect(await value(backend, 'app.info')).toEqual({
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      dataDir,
      databaseFile: path.join(dataDir, 'documents.sqlite'),
      health: { state: 'ok' },
    });
    expect(await call(backend, 'app.restoreBackup', { file: 'x.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'refused' },
    });
    backend.close();
  });
});

describe('a damaged documents database', () => {
  it('(random bytes) is reported, never written to, and every postmortem call says why', async () => {
    const dataDir = tempDir('pm-backend-');
    const file = path.join(dataDir, 'documents.sqlite');
    fs.writeFileSync(file, crypto.randomBytes(64 * 1024));
    const before = hash(file);
    const backend = await createBackend({ dataDir, log: quiet });
    expect(backend.health).toMatchObject({ state: 'damaged', newestGoodBackup: null });
    expect(backend.health.state === 'damaged' && backend.health.message).toMatch(
      /is damaged and was not opened: file is not a database\. Nothing was written to it\. No good backup was found in/,
    );
    for (const [channel, input] of [
      ['postmortems.list', {}],
      ['postmortems.get', { id: 'x' }],
      ['postmortems.create', {}],
      [
        'postmortems.apply',
        {
          postmortemId: 'x',
          windowId: 'w',
          batchId: 'b',
          ops: [{ op: 'set', list: 'doc', field: 'title', value: 'T' }],
        },
      ],
    ] as const) {
      const outcome = await call(backend, channel, input);
      expect(outcome, channel).toMatchObject({
        ok: false,
        error: { code: 'unavailable', message: expect.stringMatching(/damaged/) },
      });
    }
    expect(await value(backend, 'app.info')).toMatchObject({ health: { state: 'damaged' } });
    backend.close();
    expect(hash(file)).toBe(before);
  });

  it('(truncated) offers the newest good backup; restoring it keeps the damaged file aside', async () => {
    const dataDir = tempDir('pm-backend-');
    const file = path.join(dataDir, 'documents.sqlite');
    const clock = manualClock('2026-01-10T09:00:00.000Z');
    const writer = await createBackend({ dataDir, now: clock.now });
    for (let i = 0; i < 20; i++) {
      await storeDocument((channel, input) => value(writer, channel, input), {
        ...fullDocument(),
        title: `Doc ${i}`,
      });
    }
    const listed = await value(writer, 'postmortems.list');
    writer.close();
    clock.advanceDays(1);
    (await createBackend({ dataDir, now: clock.now })).close(); // today's backup holds the 20 docs
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const damagedHash = hash(file);

    clock.set('2026-01-11T12:00:00.000Z');
    const backend = await createBackend({ dataDir, now: clock.now, log: quiet });
    expect(backend.health).toMatchObject({
      state: 'damaged',
      message: expect.stringMatching(/malformed|corrupt|never used|damaged/),
      newestGoodBackup: { createdAt: '2026-01-11T09:00:00.000Z' },
    });
    expect(hash(file)).toBe(damagedHash);
    const backups = await value<{ file: string }[]>(backend, 'app.listBackups');
    expect(backups.map((b) => b.file)).toEqual(
      listBackups(path.join(dataDir, 'backups')).map((b) => b.file),
    );

    expect(backend.health.state === 'damaged' && backend.health.message).toMatch(
      /Restore a backup to continue\.$/,
    );
    const chosen = backend.health.state === 'damaged' ? backend.health.newestGoodBackup!.file : '';
    const [info, concurrent] = await Promise.all([
      value(backend, 'app.restoreBackup', { file: chosen }),
      call(backend, 'app.restoreBackup', { file: chosen }),
    ]);
    expect(concurrent).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(info).toMatchObject({ health: { state: 'ok' } });
    expect(backend.health).toEqual({ state: 'ok' });
    expect(await value(backend, 'postmortems.list')).toEqual(listed);
    const aside = path.join(dataDir, 'documents.damaged-2026-01-11T12-00-00-000Z.sqlite');
    expect(hash(aside)).toBe(damagedHash);
    backend.close();
  });

  it('refuses to restore a backup that is damaged too, or one that is not in the backups folder', async () => {
    const dataDir = tempDir('pm-backend-');
    const clock = manualClock();
    (await createBackend({ dataDir, now: clock.now })).close();
    const [only] = listBackups(path.join(dataDir, 'backups'));
    fs.writeFileSync(path.join(dataDir, 'backups', only!.file), crypto.randomBytes(8192));
    const file = path.join(dataDir, 'documents.sqlite');
    fs.writeFileSync(file, crypto.randomBytes(8192));
    const before = hash(file);
    const backend = await createBackend({ dataDir, now: clock.now, log: quiet });
    expect(backend.health).toMatchObject({ state: 'damaged', newestGoodBackup: null });
    expect(await call(backend, 'app.restoreBackup', { file: only!.file })).toMatchObject({
      ok: false,
      error: {
        code: 'refused',
        message: expect.stringMatching(/is damaged too .*choose another one/),
      },
    });
    expect(await call(backend, 'app.restoreBackup', { file: '../documents.sqlite' })).toMatchObject(
      {
        ok: false,
        error: { code: 'not_found' },
      },
    );
    expect(hash(file)).toBe(before);
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('damaged-'))).toEqual([]);
    backend.close();
  });
});

describe('a database written by a newer version', () => {
  it('is refused with a clear message and left byte-identical', async () => {
    const dataDir = tempDir('pm-backend-');
    (await createBackend({ dataDir })).close();
    const file = path.join(dataDir, 'documents.sqlite');
    const db = openWritable(file);
    db.pragma('user_version = 42');
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = hash(file);
    const backupsBefore = fs.readdirSync(path.join(dataDir, 'backups'));
    const backend = await createBackend({
      dataDir,
      log: quiet,
      now: () => new Date(Date.now() + 9e9),
    });
    expect(backend.health).toMatchObject({
      state: 'newer',
      message: expect.stringMatching(
        /written by a newer version .*schema version 42.*It was not changed/,
      ),
    });
    expect(await call(backend, 'postmortems.list')).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    // No backup may replace it: the newer version's work is in it.
    const [backup] = listBackups(path.join(dataDir, 'backups'));
    expect(await call(backend, 'app.restoreBackup', { file: backup!.file })).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/only a damaged or missing/) },
    });
    backend.close();
    expect(hash(file)).toBe(before);
    expect(fs.readdirSync(path.join(dataDir, 'backups'))).toEqual(backupsBefore);
  });
});

describe('createBackend options', () => {
  it('loads the native module from an explicit nativeBinding path', async () => {
    const nativeBinding = path.resolve(
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    );
    const backend = await createBackend({ dataDir: tempDir('pm-backend-'), nativeBinding });
    expect(backend.health).toEqual({ state: 'ok' });
    backend.close();
  });

  it('says plainly when the native module cannot be loaded, and creates no database', async () => {
    const dataDir = tempDir('pm-backend-');
    await expect(
      createBackend({ dataDir, nativeBinding: path.join(dataDir, 'missing.node') }),
    ).rejects.toThrow(/SQLite's native module could not be loaded from .*missing\.node/);
    expect(fs.existsSync(path.join(dataDir, 'documents.sqlite'))).toBe(false);
  });

  it('opens the documents even when the demo cannot be added, and says why in the log', async () => {
    const logged: string[] = [];
    const backend = await createBackend({
      dataDir: tempDir('pm-backend-'),
      log: (message) => logged.push(message),
      templates: { templates: [], demoPostmortem: () => ({ ...fullDocument(), title: '' }) },
    });
    expect(backend.health).toEqual({ state: 'ok' });
    expect(await value(backend, 'postmortems.list')).toEqual([]);
    expect(logged).toEqual([expect.stringMatching(/demo postmortem was not added.*at title/)]);
    backend.close();
  });
});
