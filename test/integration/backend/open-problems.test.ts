import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend, type Backend } from '../../../main/backend';
import { listBackups } from '../../../main/db/backup';
import { manualClock, tempDir } from '../db/temp';
import { mountTmpfs, tmpfsUnavailable, type Tmpfs } from '../fs/tmpfs';

const quiet = () => {};
const child = path.resolve('test/integration/backend/open-child.ts');
const tsx = path.resolve('node_modules/.bin/tsx');
const hash = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function value<T = unknown>(backend: Backend, channel: string, input: unknown = {}) {
  const outcome = await dispatch(backend.handlers, channel, input, quiet);
  if (!outcome.ok) throw new Error(`${channel}: ${outcome.error.message}`);
  return outcome.value as T;
}

/** A data folder with `count` postmortems and, from the next day's start, a backup of them. */
async function folderWithWork(dataDir: string, count = 3) {
  const clock = manualClock('2026-01-10T09:00:00.000Z');
  const backend = await createBackend({ dataDir, now: clock.now, log: quiet });
  for (let i = 0; i < count; i++)
    await value(backend, 'postmortems.create', { title: `Work ${i}` });
  const listed = await value<{ title: string }[]>(backend, 'postmortems.list');
  await backend.stop();
  clock.advanceDays(1);
  const next = await createBackend({ dataDir, now: clock.now, log: quiet });
  await next.stop();
  clock.advanceDays(1);
  return { clock, titles: listed.map((p) => p.title).sort() };
}

describe('a missing or empty database beside backups is a recovery, never a fresh start', () => {
  for (const how of ['missing', 'empty'] as const) {
    it(`(${how}) offers the newest good backup and creates nothing`, async () => {
      const dataDir = tempDir('pm-open-');
      const { clock, titles } = await folderWithWork(dataDir);
      const file = path.join(dataDir, 'documents.sqlite');
      if (how === 'missing') fs.rmSync(file);
      else fs.writeFileSync(file, '');

      const backend = await createBackend({ dataDir, now: clock.now, log: quiet });
      expect(backend.health).toMatchObject({
        state: 'missing',
        message: expect.stringMatching(
          how === 'missing' ? /is missing, but .*backups holds backups/ : /is empty \(0 bytes\)/,
        ),
        newestGoodBackup: { createdAt: '2026-01-11T09:00:00.000Z' },
      });
      expect(fs.existsSync(file)).toBe(how === 'empty');
      if (how === 'empty') expect(fs.statSync(file).size).toBe(0);
      const listed = await dispatch(backend.handlers, 'postmortems.list', {}, quiet);
      expect(listed).toMatchObject({ ok: false, error: { code: 'unavailable' } });

      const health = backend.health;
      const backup = health.state === 'missing' ? health.newestGoodBackup!.file : '';
      await value(backend, 'app.restoreBackup', { file: backup });
      expect(backend.health).toEqual({ state: 'ok' });
      const restored = await value<{ title: string }[]>(backend, 'postmortems.list');
      expect(restored.map((p) => p.title).sort()).toEqual(titles);
      await backend.stop();
    });
  }
});

describe('a database that cannot be opened is not called damaged, and no backup replaces it', () => {
  it('(locked by another process) says so; Try again opens it once the lock is gone', async () => {
    const dataDir = tempDir('pm-open-');
    const { clock } = await folderWithWork(dataDir);
    const file = path.join(dataDir, 'documents.sqlite');
    const holder = spawn(tsx, [child, 'lock', file], { stdio: ['pipe', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    const before = hash(file);

    const backend = await createBackend({ dataDir, now: clock.now, log: quiet });
    expect(backend.health).toMatchObject({
      state: 'cannot_open',
      problem: 'locked',
      message: expect.stringMatching(
        /another program holds it locked.*not damaged.*Close the other/,
      ),
    });
    const [backup] = listBackups(path.join(dataDir, 'backups'));
    expect(
      await dispatch(backend.handlers, 'app.restoreBackup', { file: backup!.file }, quiet),
    ).toMatchObject({ ok: false, error: { code: 'refused' } });

    holder.stdin.end();
    await new Promise((resolve) => holder.once('exit', resolve));
    expect(hash(file)).toBe(before);
    expect(await value(backend, 'app.retryOpen')).toMatchObject({ health: { state: 'ok' } });
    expect(await value<unknown[]>(backend, 'postmortems.list')).toHaveLength(4);
    await backend.stop();
  }, 30_000);

  it('(no permission) says so, and a restore is refused, leaving the file as it was', async () => {
    const base = tempDir('pm-open-');
    fs.chmodSync(base, 0o755);
    const dataDir = path.join(base, 'data');
    await folderWithWork(dataDir);
    const file = path.join(dataDir, 'documents.sqlite');
    const before = hash(file);
    const root = process.getuid?.() === 0;
    // As root every file is readable: the back end runs as another user, as on a shared machine.
    if (root) fs.chmodSync(dataDir, 0o777);
    else fs.chmodSync(file, 0o000);
    const [backup] = listBackups(path.join(dataDir, 'backups'));
    const run = spawnSync(tsx, [child, 'open', dataDir, backup!.file], {
      encoding: 'utf8',
      ...(root ? { uid: 65534, gid: 65534 } : {}),
    });
    if (!root) fs.chmodSync(file, 0o600);
    expect(run.status, run.stderr).toBe(0);
    const { health, restore } = JSON.parse(run.stdout);
    expect(health).toMatchObject({
      state: 'cannot_open',
      problem: 'permission',
      message: expect.stringMatching(
        /not allowed to read or write it.*not damaged.*Give your user/,
      ),
    });
    expect(restore).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(hash(file)).toBe(before);
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('damaged'))).toEqual([]);
  }, 30_000);

  describe('(read-only disk)', () => {
    const reason = tmpfsUnavailable();
    let disk: Tmpfs | null = null;
    afterEach(() => {
      disk?.unmount();
      disk = null;
    });
    it.skipIf(reason !== null)(
      `says so; Try again opens it once the disk is writable${reason ? ` (skipped: ${reason})` : ''}`,
      async () => {
        disk = mountTmpfs(16);
        const dataDir = path.join(disk.dir, 'data');
        const { clock } = await folderWithWork(dataDir);
        disk.remount('ro');
        const backend = await createBackend({ dataDir, now: clock.now, log: quiet });
        expect(backend.health).toMatchObject({
          state: 'cannot_open',
          problem: 'read_only',
          message: expect.stringMatching(/read-only.*not damaged.*writable disk/),
        });
        disk.remount('rw');
        expect(await value(backend, 'app.retryOpen')).toMatchObject({ health: { state: 'ok' } });
        await backend.stop();
      },
    );
  });
});
