import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend } from '../../../main/backend';
import { tempDir } from '../db/temp';

const CYCLES = Number(process.env.STOP_CYCLES ?? 4);

/** A CSV big enough that reading one of its columns takes the worker tens of milliseconds. */
function bigCsv(file: string, rows: number): void {
  const lines = ['time,amount,score,segment,flag,note'];
  for (let i = 0; i < rows; i++) {
    const time = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
    lines.push(`${time},${i % 97},${((i * 7919) % 1000) / 3},s${i % 13},${i % 2},n${i % 1000}`);
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

// Stopping a back end while its query worker read a damaged evidence file tore the thread down
// inside a SQLite call, which aborted the whole process (SIGABRT, 2 of 16 stops of the host; here
// about 1 in 15 cycles before the fix). The child stops a back end CYCLES times mid-read.
it('stops cleanly while the query worker reads a damaged evidence file, and names the file', async () => {
  const base = tempDir('pm-stop-');
  const seedDir = path.join(base, 'seed');
  bigCsv(path.join(base, 'big.csv'), 150_000);
  const seeded = await createBackend({ dataDir: seedDir, log: () => {} });
  const created = await dispatch(seeded.handlers, 'postmortems.create', { title: 'Big' });
  if (!created.ok) throw new Error(created.error.message);
  const postmortemId = (created.value as { id: string }).id;
  const staged = await dispatch(seeded.handlers, 'evidence.stage', {
    postmortemId,
    filePath: path.join(base, 'big.csv'),
  });
  if (!staged.ok) throw new Error(staged.error.message);
  const stagingId = (staged.value as { stagingId: string }).stagingId;
  expect(
    (await dispatch(seeded.handlers, 'evidence.commit', { stagingId, overrides: {} })).ok,
  ).toBe(true);
  await seeded.stop();

  const run = spawnSync(
    path.resolve('node_modules/.bin/tsx'),
    [
      path.resolve('test/integration/evidence-service/stop-child.ts'),
      seedDir,
      path.join(base, 'work'),
      String(CYCLES),
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(run.signal, run.stderr).toBeNull();
  expect(run.status, run.stderr).toBe(0);
  const answers = JSON.parse(run.stdout) as string[];
  expect(answers).toHaveLength(2 * CYCLES);
  expect(answers.some((a) => /damaged/.test(a))).toBe(true);
  for (const answer of answers.filter((a) => /damaged/.test(a))) {
    expect(answer).toMatch(
      /^The evidence file "big\.csv" \(evidence\/[0-9a-f-]+\.sqlite\) is damaged .*Delete this evidence and import the CSV again\.$/,
    );
  }
}, 150_000);
