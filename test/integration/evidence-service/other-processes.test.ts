import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend, type Backend } from '../../../main/backend';
import { tempDir } from '../db/temp';
import { writeLogCsv } from './csv';

const quiet = () => {};

async function value<T>(backend: Backend, channel: string, input: unknown): Promise<T> {
  const outcome = await dispatch(backend.handlers, channel, input, quiet);
  if (!outcome.ok) throw new Error(`${channel}: ${outcome.error.message}`);
  return outcome.value as T;
}

const partialName = (pid: number | null) =>
  `0b5c3a8e-1111-4222-8333-9444555566${String(pid ?? 0)
    .slice(-2)
    .padStart(2, '0')}` + `${pid === null ? '' : `.${pid}`}.sqlite.partial`;

describe('another process on the same data folder', () => {
  it('(the command line) leaves the app’s pending import preview alone', async () => {
    const dataDir = tempDir('pm-procs-');
    const app = await createBackend({ dataDir, log: quiet });
    const { id } = await value<{ id: string }>(app, 'postmortems.create', { title: 'Mine' });
    const csv = writeLogCsv(tempDir('pm-procs-csv-'));
    const preview = await value<{ stagingId: string }>(app, 'evidence.stage', {
      postmortemId: id,
      filePath: csv.file,
    });
    const cli = spawnSync(
      path.resolve('node_modules/.bin/tsx'),
      [path.resolve('main/cli/index.ts'), 'list', '--data-dir', dataDir, '--json'],
      { encoding: 'utf8' },
    );
    expect(cli.status, cli.stderr).toBe(0);
    const evidence = await value<{ rowCount: number }>(app, 'evidence.commit', {
      stagingId: preview.stagingId,
      overrides: {},
    });
    expect(evidence.rowCount).toBe(3000);
    await app.stop();
  }, 30_000);

  it('removes staging files of processes that are gone, never of one that runs', async () => {
    const dataDir = tempDir('pm-procs-');
    const evidenceDir = path.join(dataDir, 'evidence');
    fs.mkdirSync(evidenceDir, { recursive: true });
    const live = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    const files = {
      live: partialName(live.pid!),
      gone: partialName(Number(gone.stdout)),
      older: partialName(null),
    };
    for (const name of Object.values(files)) fs.writeFileSync(path.join(evidenceDir, name), '');
    try {
      await (await createBackend({ dataDir, log: quiet })).stop();
      expect(fs.readdirSync(evidenceDir)).toEqual([files.live]);
    } finally {
      live.kill('SIGKILL');
    }
    await new Promise((resolve) => live.once('exit', resolve));
    await (await createBackend({ dataDir, log: quiet })).stop();
    expect(fs.readdirSync(evidenceDir)).toEqual([]);
  });
});
