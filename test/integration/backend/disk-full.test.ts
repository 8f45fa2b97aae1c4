import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend, type Backend } from '../../../main/backend';
import { tempDir } from '../db/temp';
import { writeLogCsv } from '../evidence-service/csv';
import { mountTmpfs, tmpfsUnavailable, type Tmpfs } from '../fs/tmpfs';

const reason = tmpfsUnavailable();
const quiet = () => {};
const FULL =
  /^The disk holding the data folder \(.*\) is full\. Nothing was changed, and everything saved before is safe\. Free some space on it, then press Retry\.$/;

async function value<T>(backend: Backend, channel: string, input: unknown): Promise<T> {
  const outcome = await dispatch(backend.handlers, channel, input, quiet);
  if (!outcome.ok) throw new Error(`${channel}: ${outcome.error.message}`);
  return outcome.value as T;
}

async function failure(backend: Backend, channel: string, input: unknown) {
  const outcome = await dispatch(backend.handlers, channel, input, quiet);
  if (outcome.ok) throw new Error(`${channel} succeeded on a full disk`);
  return outcome.error;
}

// The data folder on a small tmpfs that really fills up: SQLite and the import workers meet
// SQLITE_FULL and ENOSPC as they would on a full laptop disk.
describe.skipIf(reason !== null)(`a full disk${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let disk: Tmpfs | null = null;
  afterEach(() => {
    disk?.unmount();
    disk = null;
  });

  it('names the disk and what to do; nothing saved is lost; Retry works once there is space', async () => {
    disk = mountTmpfs(24);
    const dataDir = path.join(disk.dir, 'data');
    const backend = await createBackend({ dataDir, log: quiet });
    const created = await value<{ id: string; revision: number } & Record<string, unknown>>(
      backend,
      'postmortems.create',
      { title: 'Before the disk filled' },
    );
    const { id } = created;
    const big = 'x'.repeat(3_000); // a new page for the write-ahead log, which has no room
    let batch = 0;
    const saveWith = (text: string, _base: number) =>
      dispatch(
        backend.handlers,
        'postmortems.apply',
        {
          postmortemId: id,
          windowId: 'disk-full',
          batchId: `b${++batch}`,
          ops: [{ op: 'set', list: 'doc', field: 'summary.whatHappened', value: text }],
        },
        quiet,
      );
    const first = await saveWith('Saved before the disk filled', 0);
    expect(first.ok).toBe(true);
    const saved = (first as { value: { batch: { revision: number } } }).value.batch.revision;

    disk.fill();
    const refused = await saveWith(big, saved);
    expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(!refused.ok && refused.error.message).toMatch(FULL);
    const capture = await failure(backend, 'meeting.capture', {
      postmortemId: id,
      windowId: 'disk-full',
      kind: 'note',
      text: big,
    });
    expect(capture.message).toMatch(FULL);
    const csv = writeLogCsv(tempDir('pm-full-csv-'));
    const staged = await failure(backend, 'evidence.stage', {
      postmortemId: id,
      filePath: csv.file,
    });
    expect(staged.message).toMatch(/disk .* is full/);
    expect(
      fs.readdirSync(path.join(dataDir, 'evidence')).filter((f) => f.includes('.partial')),
    ).toEqual([]);
    const stored = await value<{ revision: number; summary: { whatHappened: string } }>(
      backend,
      'postmortems.get',
      { id },
    );
    expect(stored).toMatchObject({
      revision: saved,
      summary: { whatHappened: 'Saved before the disk filled' },
    });

    disk.unfill();
    // Retry: the same calls again.
    const retried = await saveWith(big, saved);
    expect(retried.ok).toBe(true);
    await value(backend, 'meeting.capture', {
      postmortemId: id,
      windowId: 'disk-full',
      kind: 'note',
      text: 'after',
    });
    const imported = await value<{ stagingId: string }>(backend, 'evidence.stage', {
      postmortemId: id,
      filePath: csv.file,
    });
    expect(
      await value<{ rowCount: number }>(backend, 'evidence.commit', {
        stagingId: imported.stagingId,
        overrides: {},
      }),
    ).toMatchObject({ rowCount: 3000 });
    await backend.stop();

    const db = new Database(path.join(dataDir, 'documents.sqlite'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  }, 60_000);

  it('a start on a full disk says so and opens once there is space', async () => {
    disk = mountTmpfs(16);
    const dataDir = path.join(disk.dir, 'data');
    await (await createBackend({ dataDir, log: quiet })).stop();
    disk.fill();
    const backend = await createBackend({
      dataDir,
      log: quiet,
      now: () => new Date(Date.now() + 3 * 86_400_000),
    });
    expect(backend.health).toMatchObject({
      state: 'cannot_open',
      problem: 'disk_full',
      message: expect.stringMatching(/disk is full.*not damaged.*Free some space/),
    });
    disk.unfill();
    expect(await value(backend, 'app.retryOpen', {})).toMatchObject({ health: { state: 'ok' } });
    await backend.stop();
  }, 60_000);
});
