// Import speed and memory: ours vs the sqlite3 shell's .import vs DuckDB's read_csv_auto, on the
// same generated prediction log, one run each, side by side.
//
//   npx tsx bench/import.bench.ts [--rows 1000000] [--rows4m] [--keep]
//
// Ours runs as the app ships it: bundled by esbuild (the import library and the parse worker as
// its own entry, csv-parse-worker.cjs) and started in a child process, whose peak RSS is read from
// /usr/bin/time -v when present, and from in-process sampling otherwise.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ensurePredictionLog } from './gen-prediction-log';

const BENCH_DIR = path.resolve('.bench');
const BUILD_DIR = path.join(BENCH_DIR, 'build');
const TARGET_RATIO = 0.8;
const RSS_LIMIT_MB = 300;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function bundle(): Promise<string> {
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'cjs' as const,
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'warning' as const,
    // worker-launch.ts reads import.meta.url only when __filename is missing (TS source under tsx).
    logOverride: { 'empty-import-meta': 'silent' as const },
  };
  await build({
    ...common,
    entryPoints: ['bench/import-child.ts'],
    outfile: path.join(BUILD_DIR, 'import-child.cjs'),
  });
  await build({
    ...common,
    entryPoints: ['main/evidence/import/csv-parse-worker.ts'],
    outfile: path.join(BUILD_DIR, 'csv-parse-worker.cjs'),
  });
  return path.join(BUILD_DIR, 'import-child.cjs');
}

interface Ours {
  totalMs: number;
  cpuMs: number;
  stageMs: number;
  commitMs: number;
  peakRssMb: number;
  timeRssMb: number | null;
  rows: number;
  types: string;
}

function runOurs(child: string, csv: string): Ours {
  const evidenceDir = path.join(BENCH_DIR, 'ours-evidence');
  const hasTime = fs.existsSync('/usr/bin/time');
  const cmd = hasTime ? '/usr/bin/time' : process.execPath;
  const args = hasTime
    ? ['-v', process.execPath, child, csv, evidenceDir]
    : [child, csv, evidenceDir];
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: path.resolve('node_modules') },
  });
  if (r.status !== 0) throw new Error(`our import failed:\n${r.stdout}\n${r.stderr}`);
  const line = r.stdout.trim().split('\n').pop() ?? '{}';
  const res = JSON.parse(line) as Omit<Ours, 'timeRssMb'>;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  fs.rmSync(evidenceDir, { recursive: true, force: true });
  return { ...res, timeRssMb: m ? Math.round(Number(m[1]) / 1024) : null };
}

function runSqliteShell(csv: string): { ms: number; cpuMs: number | null } {
  const db = path.join(BENCH_DIR, 'sqlite3-shell.db');
  fs.rmSync(db, { force: true });
  const hasTime = fs.existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = spawnSync(
    hasTime ? '/usr/bin/time' : '/usr/bin/sqlite3',
    hasTime ? ['-v', '/usr/bin/sqlite3', db] : [db],
    {
      input: `.mode csv\n.import '${csv}' rows\n`,
      encoding: 'utf8',
    },
  );
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`sqlite3 .import failed: ${r.stderr}`);
  fs.rmSync(db, { force: true });
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const cpuMs = user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : null;
  return { ms, cpuMs };
}

async function runDuckDb(csv: string): Promise<number> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = path.join(BENCH_DIR, 'duck.db');
  fs.rmSync(db, { force: true });
  const t0 = performance.now();
  const instance = await DuckDBInstance.create(db);
  const conn = await instance.connect();
  await conn.run(`CREATE TABLE rows AS SELECT * FROM read_csv_auto('${csv.replace(/'/g, "''")}')`);
  conn.closeSync();
  instance.closeSync();
  const ms = performance.now() - t0;
  fs.rmSync(db, { force: true });
  fs.rmSync(`${db}.wal`, { force: true });
  return ms;
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function benchOne(child: string, rows: number): Promise<{ ratio: number; rss: number }> {
  const csv = ensurePredictionLog(BENCH_DIR, rows);
  const mb = fs.statSync(csv).size / 1e6;
  console.log(`\n${rows.toLocaleString('en-US')} rows, 11 columns, ${mb.toFixed(0)} MB: ${csv}`);
  const sqlite = runSqliteShell(csv);
  const sqliteMs = sqlite.ms;
  const ours = runOurs(child, csv);
  const duckMs = await runDuckDb(csv);
  const rss = ours.timeRssMb ?? ours.peakRssMb;
  const load = fs.existsSync('/proc/loadavg')
    ? fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]
    : '?';
  const ratio = ours.totalMs / sqliteMs;
  const cpu = (ms: number | null): string => (ms === null ? '' : `, CPU ${s(ms)}`);
  console.log(`  sqlite3 shell .import      ${s(sqliteMs)}${cpu(sqlite.cpuMs)}`);
  console.log(
    `  ours (stage + commit)      ${s(ours.totalMs)}${cpu(ours.cpuMs)}  (stage ${s(ours.stageMs)}, commit ${s(ours.commitMs)})`,
  );
  console.log(`  duckdb read_csv_auto       ${s(duckMs)}  (upper reference)`);
  console.log(`  ours / sqlite3             ${ratio.toFixed(2)}x  (target <= ${TARGET_RATIO}x)`);
  console.log(
    `  machine load average       ${load} (figures are noisy when it exceeds the core count)`,
  );
  console.log(`  ours / duckdb              ${(ours.totalMs / duckMs).toFixed(2)}x`);
  console.log(
    `  peak RSS of our process    ${rss} MB (sampled ${ours.peakRssMb} MB; limit ${RSS_LIMIT_MB} MB)`,
  );
  console.log(`  inferred                   ${ours.types}`);
  if (ours.rows !== rows) console.log(`  !! imported ${ours.rows} rows, expected ${rows}`);
  return { ratio, rss };
}

const rows = Number(arg('--rows') ?? 1_000_000);
const child = await bundle();
const first = await benchOne(child, rows);
if (process.argv.includes('--rows4m')) {
  const big = await benchOne(child, rows * 4);
  const growth = big.rss / first.rss - 1;
  console.log(
    `\nRSS growth ${rows.toLocaleString('en-US')} -> ${(rows * 4).toLocaleString('en-US')} rows: ${(growth * 100).toFixed(0)}% (limit 20%)`,
  );
}
if (!process.argv.includes('--keep')) fs.rmSync(BUILD_DIR, { recursive: true, force: true });
