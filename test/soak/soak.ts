import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_EVIDENCE } from '../../shared/template';
import { prng, runWorkload } from './actors';
import { call, spawnHost, type SoakHost } from './host';
import { newLedger, newTotals, verifyLedger, type Ledger, type Totals } from './ledger';

export interface SoakOptions {
  trials: number;
  /** Trials per data folder; each folder's first trial kills the host during its first start. */
  chain: number;
  seed: number;
  log: (line: string) => void;
}

export interface SoakReport {
  trials: number;
  firstStartKills: number;
  totals: Totals;
  databasesChecked: number;
  problems: string[];
  /** The data folder of the first problem, kept for inspection. */
  keptDataDir: string | null;
  seconds: number;
}

/** `PRAGMA integrity_check` of the documents and of every committed evidence file, host stopped. */
function integrityProblems(dataDir: string): { checked: number; problems: string[] } {
  const files = [path.join(dataDir, 'documents.sqlite')];
  const evidenceDir = path.join(dataDir, 'evidence');
  if (fs.existsSync(evidenceDir)) {
    for (const name of fs.readdirSync(evidenceDir)) {
      if (name.endsWith('.sqlite')) files.push(path.join(evidenceDir, name));
    }
  }
  const problems: string[] = [];
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    const db = new Database(file);
    try {
      const result = db.pragma('integrity_check', { simple: true });
      if (result !== 'ok') problems.push(`${path.relative(dataDir, file)}: ${String(result)}`);
    } finally {
      db.close();
    }
  }
  return { checked: files.length, problems };
}

function writeCsvs(dir: string): { file: string; rows: number }[] {
  return [3_000, 25_000, 90_000].map((rows) => {
    const lines = ['time,amount,segment,flag'];
    for (let i = 0; i < rows; i++) {
      const time = new Date(Date.UTC(2026, 2, 1) + i * 1000).toISOString();
      lines.push(`${time},${(i * 7919) % 1000},s${i % 11},${i % 2}`);
    }
    const file = path.join(dir, `rows-${rows}.csv`);
    fs.writeFileSync(file, lines.join('\n') + '\n');
    return { file, rows };
  });
}

/** Resolves when evidence/<uuid>.sqlite exists (polled every 2 ms), or after `limitMs`. */
function committedFileAppears(dataDir: string, limitMs: number): Promise<void> {
  const dir = path.join(dataDir, 'evidence');
  const committed = /^[0-9a-f-]{36}\.sqlite$/;
  const until = Date.now() + limitMs;
  return new Promise((resolve) => {
    const poll = () => {
      let names: string[] = [];
      try {
        names = fs.readdirSync(dir);
      } catch {
        // Not created yet.
      }
      if (names.some((n) => committed.test(n)) || Date.now() > until) resolve();
      else setTimeout(poll, 2);
    };
    poll();
  });
}

async function startHealthy(dataDir: string): Promise<SoakHost> {
  const { child, ready } = spawnHost(dataDir);
  const host = await ready;
  if (!host) throw new Error(`The host did not start after a kill (exit ${child.exitCode}).`);
  const info = await call<{ health: { state: string; message?: string } }>(host, 'app.info', {});
  if (info.health.state !== 'ok') {
    await host.kill();
    throw new Error(`After a kill the database is ${info.health.state}: ${info.health.message}`);
  }
  return host;
}

/** The demo's evidence and pins, once each, after a start that was killed while seeding them. */
async function demoSeededOnce(host: SoakHost): Promise<string[]> {
  const listed = await call<{ id: string; title: string }[]>(host, 'postmortems.list', {});
  if (listed.length !== 1) return [`first start: ${listed.length} postmortems, expected the demo`];
  const postmortemId = listed[0]!.id;
  const evidence = await call<unknown[]>(host, 'evidence.list', { postmortemId });
  const pins = await call<unknown[]>(host, 'pins.list', { postmortemId });
  const problems: string[] = [];
  if (evidence.length !== 1)
    problems.push(`first start: the demo has ${evidence.length} evidence files`);
  if (pins.length !== DEMO_EVIDENCE.pins.length)
    problems.push(`first start: the demo has ${pins.length} pins`);
  return problems;
}

/**
 * Kills the back end with SIGKILL at random moments, `trials` times: during its first start
 * (seeding the demo), and during imports, edits, captures and meeting steps sent through the
 * contract. After every kill: each database passes integrity_check, each acknowledged write is
 * there, each import is whole or absent, the meeting is on its step.
 */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const started = performance.now();
  const random = prng(options.seed);
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-soak-'));
  const csvs = writeCsvs(base);
  const totals = newTotals();
  const problems: string[] = [];
  let databasesChecked = 0;
  let firstStartKills = 0;
  let keptDataDir: string | null = null;
  let dataDir = '';
  let ledger: Ledger | null = null;

  for (let trial = 0; trial < options.trials && problems.length === 0; trial++) {
    const found: string[] = [];
    if (trial % options.chain === 0) {
      // A new data folder, killed during its first start.
      dataDir = path.join(base, `folder-${trial}`);
      const { child, ready } = spawnHost(dataDir);
      // Every other first start is killed the moment the demo's evidence file is committed
      // (renamed into place): the moment a non-atomic seeding would leave half done.
      if (trial % (2 * options.chain) === 0) await committedFileAppears(dataDir, 10_000);
      else await new Promise((resolve) => setTimeout(resolve, 50 + random() * 1500));
      child.kill('SIGKILL');
      const up = await ready;
      if (up) await up.kill();
      firstStartKills++;
      const check = integrityProblems(dataDir);
      databasesChecked += check.checked;
      found.push(...check.problems);
      const host = await startHealthy(dataDir);
      found.push(...(await demoSeededOnce(host)));
      ledger = await newLedger(host);
      await host.kill();
    }
    const host = await startHealthy(dataDir);
    found.push(...(await verifyLedger(host, ledger!)));
    let stop = false;
    const work = runWorkload({
      host,
      ledger: ledger!,
      totals,
      random,
      trial,
      csvs,
      stopped: () => stop,
    });
    await new Promise((resolve) => setTimeout(resolve, 150 + random() * 2500));
    const killed = host.kill();
    stop = true;
    try {
      await work;
    } catch (error) {
      found.push(`trial ${trial}: a call was refused: ${(error as Error).message}`);
    }
    await killed;
    const check = integrityProblems(dataDir);
    databasesChecked += check.checked;
    found.push(...check.problems);
    if (found.length > 0) {
      problems.push(...found.map((p) => `trial ${trial}: ${p}`));
      keptDataDir = dataDir;
    }
    options.log(
      `trial ${trial + 1}/${options.trials}: ${found.length === 0 ? 'ok' : found.join('; ')} ` +
        `(saves ${totals.saves}, captures ${totals.captures}, steps ${totals.steps}, imports ${totals.imports})`,
    );
  }
  // The last kill is checked by one more start.
  if (problems.length === 0 && ledger) {
    const host = await startHealthy(dataDir);
    const last = await verifyLedger(host, ledger);
    await host.kill();
    problems.push(...last.map((p) => `after the last trial: ${p}`));
    if (last.length > 0) keptDataDir = dataDir;
  }
  if (keptDataDir === null) fs.rmSync(base, { recursive: true, force: true });
  return {
    trials: options.trials,
    firstStartKills,
    totals,
    databasesChecked,
    problems,
    keptDataDir,
    seconds: (performance.now() - started) / 1000,
  };
}
