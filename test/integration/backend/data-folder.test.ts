import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend } from '../../../main/backend';
import { openWritable } from '../../../main/db/connection';
import { openFileLog } from '../../../main/log/file-log';
import { manualClock, tempDir } from '../db/temp';

const quiet = () => {};

/** Every folder and file under `dir` (itself included) with its permission bits. */
function modes(dir: string): Map<string, number> {
  const found = new Map<string, number>([[dir, fs.statSync(dir).mode & 0o777]]);
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    found.set(full, fs.statSync(full).mode & 0o777);
  }
  return found;
}

describe.skipIf(process.platform === 'win32')('the data folder is private to its user', () => {
  it('folders 0700, files 0600: the database, its backups, the evidence and the log', async () => {
    const dataDir = path.join(tempDir('pm-private-'), 'data');
    const backend = await createBackend({
      dataDir,
      resourcesDir: path.resolve('resources'),
      log: quiet,
    });
    await dispatch(backend.handlers, 'postmortems.create', { title: 'Private' }, quiet);
    await backend.stop();
    const found = modes(dataDir);
    const names = [...found.keys()].map((f) => path.relative(dataDir, f));
    expect(names).toEqual(expect.arrayContaining(['', 'documents.sqlite', 'backups', 'evidence']));
    expect(names.some((n) => n.startsWith('evidence/') && n.endsWith('.sqlite'))).toBe(true);
    for (const [file, mode] of found) {
      const expected = fs.statSync(file).isDirectory() ? 0o700 : 0o600;
      expect(mode.toString(8), path.relative(dataDir, file)).toBe(expected.toString(8));
    }
  });

  it('tightens a folder an earlier version left world-readable', async () => {
    const dataDir = path.join(tempDir('pm-private-'), 'data');
    const clock = manualClock();
    await (await createBackend({ dataDir, now: clock.now, log: quiet })).stop();
    for (const file of modes(dataDir).keys()) {
      fs.chmodSync(file, fs.statSync(file).isDirectory() ? 0o755 : 0o644);
    }
    await (await createBackend({ dataDir, now: clock.now, log: quiet })).stop();
    for (const [file, mode] of modes(dataDir)) {
      expect(mode & 0o077, path.relative(dataDir, file)).toBe(0);
    }
  });
});

describe('the log file', () => {
  it('receives an unexpected failure, which the error message names', async () => {
    const dataDir = tempDir('pm-log-');
    const backend = await createBackend({ dataDir, log: quiet });
    const created = await dispatch(backend.handlers, 'postmortems.create', {}, quiet);
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: string }).id;
    // A table gone from under the back end: a failure nobody planned for.
    const side = openWritable(path.join(dataDir, 'documents.sqlite'));
    side.exec('DROP TABLE pin_evidence; DROP TABLE pins');
    side.close();
    const outcome = await dispatch(backend.handlers, 'pins.list', { postmortemId: id }, quiet);
    const logFile = path.join(dataDir, 'logs', 'postmortem-studio.log');
    expect(outcome).toMatchObject({
      ok: false,
      error: {
        code: 'internal',
        message: expect.stringMatching(/^Something went wrong .*Nothing was changed.* are in \//),
      },
    });
    expect(!outcome.ok && outcome.error.message.endsWith(`${logFile}.`)).toBe(true);
    if (process.platform !== 'win32') {
      expect(fs.statSync(logFile).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(logFile)).mode & 0o777).toBe(0o700);
    }
    expect(fs.readFileSync(logFile, 'utf8')).toMatch(
      /Call pins\.list failed SqliteError: no such table: pins/,
    );
    await backend.stop();
  });

  it('rotates at its size limit and keeps three older files', () => {
    const dataDir = tempDir('pm-log-');
    const log = openFileLog(dataDir, { maxBytes: 1000, echo: false });
    for (let i = 0; i < 200; i++) log.write(`line ${i} ${'x'.repeat(40)}`);
    const names = fs.readdirSync(path.dirname(log.file)).sort();
    expect(names).toEqual([
      'postmortem-studio.log',
      'postmortem-studio.log.1',
      'postmortem-studio.log.2',
      'postmortem-studio.log.3',
    ]);
    for (const name of names) {
      expect(fs.statSync(path.join(path.dirname(log.file), name)).size).toBeLessThan(1100);
    }
    expect(fs.readFileSync(log.file, 'utf8')).toMatch(/line 199 x+\n$/);
  });
});
