// Run by stop-damaged.test.ts in a child process, because what it guards against aborts the whole
// process: starts the back end on a copy of SEED_DIR, damages its evidence file, asks questions the
// worker reads that file for, and stops the back end while it reads; CYCLES times.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend } from '../../../main/backend';

const [seedDir, workDir, cycles] = process.argv.slice(2) as [string, string, string];

function damage(file: string): void {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  for (let k = 0; k < 20; k++) {
    const at = Math.floor(size / 2 + (Math.random() * size) / 2.2);
    fs.writeSync(fd, crypto.randomBytes(4096), 0, 4096, at);
  }
  fs.closeSync(fd);
}

const answers: string[] = [];
for (let i = 0; i < Number(cycles); i++) {
  const dataDir = path.join(workDir, `cycle-${i}`);
  fs.cpSync(seedDir, dataDir, { recursive: true });
  const evidenceDir = path.join(dataDir, 'evidence');
  const file = fs.readdirSync(evidenceDir).find((f) => f.endsWith('.sqlite'))!;
  damage(path.join(evidenceDir, file));
  // Without its column cache (written after the import), the worker reads the damaged file itself.
  for (const f of fs.readdirSync(evidenceDir)) {
    if (f.endsWith('.columns')) fs.rmSync(path.join(evidenceDir, f));
  }
  const backend = await createBackend({ dataDir, log: () => {} });
  const list = await dispatch(backend.handlers, 'postmortems.list', {});
  let evidenceId = '';
  for (const { id } of list.ok ? (list.value as { id: string }[]) : []) {
    const found = await dispatch(backend.handlers, 'evidence.list', { postmortemId: id });
    const first = found.ok ? (found.value as { id: string }[])[0] : undefined;
    if (first) evidenceId = first.id;
  }
  const asked = [
    dispatch(backend.handlers, 'evidence.columnSummary', { evidenceId }),
    dispatch(backend.handlers, 'evidence.page', { evidenceId, offset: 0, limit: 50 }),
  ];
  await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 800));
  await backend.stop();
  for (const outcome of await Promise.all(asked)) {
    answers.push(outcome.ok ? 'ok' : outcome.error.message);
  }
}
process.stdout.write(JSON.stringify(answers));
