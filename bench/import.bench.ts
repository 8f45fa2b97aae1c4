// Import speed and memory: ours vs the sqlite3 shell's .import vs DuckDB's read_csv_auto, on the
// same generated prediction log, side by side (alternating runs, medians reported).
//
//   npx tsx bench/import.bench.ts [--rows 1000000] [--repeat 3] [--rows4m] [--keep]
//   (--rows4m also runs 4x the rows once, to compare peak RSS; --keep keeps .bench/build)
//   The last line, `BENCH_JSON {...}`, holds the figures for scripts/bench.mjs's summary.
//
// Ours runs as the app ships it: bundled by esbuild (the import library, and the worker entry as
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

interface ImportFigures {
  rows: number;
  sqliteMs: number;
  oursMs: number;
  duckMs: number;
  ratio: number;
  rss: number;
  /** The 1-minute load average after the runs: the runs share the machine with whatever else runs. */
  load: number;
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

function median(xs: number[]): number {
  const v = [...xs].sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)] ?? NaN;
}

async function benchOne(child: string, rows: number, repeat: number): Promise<ImportFigures> {
  const csv = ensurePredictionLog(BENCH_DIR, rows);
  const mb = fs.statSync(csv).size / 1e6;
  console.log(`\n${rows.toLocaleString('en-US')} rows, 11 columns, ${mb.toFixed(0)} MB: ${csv}`);
  // Runs alternate (sqlite3, ours, duckdb, sqlite3, ...) so a burst of load hits all alike.
  const sqliteRuns: { ms: number; cpuMs: number | null }[] = [];
  const ourRuns: Ours[] = [];
  const duckRuns: number[] = [];
  for (let i = 0; i < repeat; i++) {
    sqliteRuns.push(runSqliteShell(csv));
    ourRuns.push(runOurs(child, csv));
    duckRuns.push(await runDuckDb(csv));
  }
  const sqliteMs = median(sqliteRuns.map((r) => r.ms));
  const sqliteCpu = median(sqliteRuns.map((r) => r.cpuMs ?? NaN));
  const oursMs = median(ourRuns.map((r) => r.totalMs));
  const oursCpu = median(ourRuns.map((r) => r.cpuMs));
  const duckMs = median(duckRuns);
  const ours = ourRuns[0] as Ours;
  const rss = Math.max(...ourRuns.map((r) => r.timeRssMb ?? r.peakRssMb));
  const load = fs.existsSync('/proc/loadavg')
    ? fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]
    : '?';
  const ratio = oursMs / sqliteMs;
  const all = (xs: number[]): string => xs.map((x) => (x / 1000).toFixed(2)).join(' ');
  console.log(`  medians of ${repeat} alternating runs each (all runs in brackets)`);
  console.log(
    `  sqlite3 shell .import      ${s(sqliteMs)}, CPU ${s(sqliteCpu)}  [${all(sqliteRuns.map((r) => r.ms))}]`,
  );
  console.log(
    `  ours (stage + commit)      ${s(oursMs)}, CPU ${s(oursCpu)}  [${all(ourRuns.map((r) => r.totalMs))}]`,
  );
  console.log(`  duckdb read_csv_auto       ${s(duckMs)}  (upper reference)  [${all(duckRuns)}]`);
  console.log(`  ours / sqlite3             ${ratio.toFixed(2)}x  (target <= ${TARGET_RATIO}x)`);
  console.log(`  ours / duckdb              ${(oursMs / duckMs).toFixed(2)}x`);
  console.log(
    `  peak RSS of our process    ${rss} MB (limit ${RSS_LIMIT_MB} MB; max over the runs)`,
  );
  console.log(
    `  machine load average       ${load} (figures are noisy when it exceeds the core count)`,
  );
  console.log(`  inferred                   ${ours.types}`);
  if (ours.rows !== rows) console.log(`  !! imported ${ours.rows} rows, expected ${rows}`);
  return { rows, sqliteMs, oursMs, duckMs, ratio, rss, load: Number(load) };
}

const rows = Number(arg('--rows') ?? 1_000_000);
const repeat = Math.max(1, Number(arg('--repeat') ?? 3));
const child = await bundle();
const first = await benchOne(child, rows, repeat);
let big: (ImportFigures & { rssGrowth: number }) | null = null;
if (process.argv.includes('--rows4m')) {
  const figures = await benchOne(child, rows * 4, 1);
  big = { ...figures, rssGrowth: figures.rss / first.rss - 1 };
  console.log(
    `\nRSS growth ${rows.toLocaleString('en-US')} -> ${(rows * 4).toLocaleString('en-US')} rows: ${(big.rssGrowth * 100).toFixed(0)}% (limit 20%)`,
  );
}
if (!process.argv.includes('--keep')) fs.rmSync(BUILD_DIR, { recursive: true, force: true });
console.log(`BENCH_JSON ${JSON.stringify({ bench: 'import', repeat, ...first, big })}`);
