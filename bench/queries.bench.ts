// Query speed on a 1M-row prediction log imported as evidence: pages, sorted pages, histogram,
// the whole drift table, with a plain SQL GROUP BY histogram as the reference.
//
//   npx tsx bench/queries.bench.ts [--rows 1000000] [--repeat 15]
//
// Cold = the first question on a freshly opened file (the columns asked about are read into memory
// then); warm = the median of the repeats after that. Figures are noisy on 2 cores: compare in one run.
// The last line, `BENCH_JSON {...}`, holds the figures for scripts/bench.mjs's summary.
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { blankPostmortem } from '../shared/domain';
import {
  driftInputSchema,
  histogramInputSchema,
  pageInputSchema,
  timeSeriesInputSchema,
} from '../shared/evidence';
import { DocumentsDatabase } from '../main/db/documents-database';
import { migrations } from '../main/db/migrations';
import { queryDrift } from '../main/evidence/query/drift';
import { EvidenceService } from '../main/evidence/service/evidence-service';
import { SourcePool } from '../main/evidence/service/sources';
import { PostmortemRepository } from '../main/postmortems/repository';
import { ensurePredictionLog } from './gen-prediction-log';

const BENCH_DIR = path.resolve('.bench');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function time<T>(f: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await f();
  return { ms: performance.now() - start, value };
}

/** Longest stall of this thread's event loop while `f` runs (what every other IPC reply waits). */
async function loopDelay(f: () => unknown): Promise<{ ms: number; maxDelayMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  // A turn of the loop first, so the monitor's timer is armed before the work starts.
  await new Promise((resolve) => setTimeout(resolve, 5));
  const { ms } = await time(f);
  await new Promise((resolve) => setTimeout(resolve, 5));
  histogram.disable();
  return { ms, maxDelayMs: histogram.max / 1e6 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

interface Line {
  what: string;
  ms: number;
  target: number | null;
}

async function main(): Promise<void> {
  const rows = arg('--rows', 1_000_000);
  const repeat = arg('--repeat', 15);
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const csv = ensurePredictionLog(BENCH_DIR, rows);
  const dataDir = fs.mkdtempSync(path.join(BENCH_DIR, 'queries-'));
  const documents = await DocumentsDatabase.open({
    dataDir,
    now: () => new Date(),
    migrations,
    log: () => {},
  });
  const postmortemId = new PostmortemRepository(documents.writable(), () => new Date()).create(
    blankPostmortem('Bench'),
  ).id;
  let service = new EvidenceService({ dataDir, db: () => documents.writable() });
  const importStart = performance.now();
  const { evidence } = await service.importFile({ postmortemId, filePath: csv });
  const importMs = performance.now() - importStart;
  const evidenceId = evidence.id;
  const file = path.join(dataDir, 'evidence', `${evidenceId}.sqlite`);
  console.log(
    `${rows.toLocaleString('en-US')} rows, ${evidence.columns.length} columns: ${evidence.columns.map((c) => `${c.name}:${c.type}`).join(' ')}`,
  );

  const raw = new Database(file, { readonly: true });
  const timeCol = evidence.columns.findIndex((c) => c.name === evidence.timeColumn);
  const [min, max] = raw
    .prepare(`SELECT min(c${timeCol}), max(c${timeCol}) FROM rows`)
    .raw()
    .get() as [number, number];
  const span = max - min;
  const iso = (ms: number) => new Date(ms).toISOString();
  const windows = {
    baseline: {
      kind: 'time',
      column: evidence.timeColumn,
      start: iso(min),
      end: iso(min + span * 0.4),
    },
    incident: {
      kind: 'time',
      column: evidence.timeColumn,
      start: iso(min + span * 0.7),
      end: iso(max + 1),
    },
  };
  const lines: Line[] = [];
  // The worker starts ahead of the questions (its start is measured on its own line): the cold
  // figures are about reading the file, as in the app where the worker is up by then.
  const reopen = async () => {
    service.close();
    service = new EvidenceService({ dataDir, db: () => documents.writable() });
    return (await time(() => service.queries.warmUp())).ms;
  };
  const warm = async (what: string, target: number | null, f: (k: number) => unknown) => {
    const ms: number[] = [];
    for (let k = 0; k < repeat; k++) ms.push((await time(() => f(k))).ms);
    lines.push({ what, ms: median(ms), target });
  };
  const cold = async (what: string, target: number | null, f: () => unknown) => {
    lines.push({ what, ms: (await time(f)).ms, target });
  };
  const offsets = (k: number) => Math.floor((((k * 7919) % 997) / 997) * (rows - 100));
  const page = (input: object) =>
    service.page(pageInputSchema.parse({ evidenceId, limit: 100, ...input }));

  lines.push({
    what: 'query worker start (TS source under tsx)',
    ms: await reopen(),
    target: null,
  });
  await cold('page of 100, first after opening', 20, () => page({ offset: 0 }));
  await warm('page of 100 at any offset', 20, (k) => page({ offset: offsets(k) }));
  const sort = { column: 'amount', dir: 'desc' };
  await cold('first sorted page (amount desc)', 1000, () => page({ offset: 0, sort }));
  await warm('later sorted pages', 50, (k) => page({ offset: offsets(k), sort }));
  await cold('first sorted page, category column', 1000, () =>
    page({ offset: 0, sort: { column: 'country', dir: 'asc' } }),
  );
  await cold('first sorted page, id column (SQL sort)', 1000, () =>
    page({ offset: 0, sort: { column: 'request_id', dir: 'asc' } }),
  );
  const filters = [{ column: 'merchant_category', op: 'eq', value: 'travel' }];
  await cold('first filtered + searched page', 1000, () =>
    page({ offset: 0, filters, search: 'review' }),
  );
  await warm('later filtered + searched pages', 50, (k) =>
    page({ offset: offsets(k) % 10_000, filters, search: 'review' }),
  );

  const hist = () =>
    service.histogram(histogramInputSchema.parse({ evidenceId, column: 'amount', ...windows }));
  await cold('histogram, cold (reads amount + time columns)', null, hist);
  await warm('histogram of one column, baseline vs incident', 50, hist);
  const driftInput = driftInputSchema.parse({ evidenceId, ...windows });
  const drift = () => service.drift(driftInput);
  // The cold drift table again on a fresh worker, watching the main thread's event loop: with the
  // queries in the worker it keeps turning; the same drift run on this thread (as before the
  // worker) stalls it for the whole read.
  await reopen();
  const inWorker = await loopDelay(drift);
  lines.push({ what: 'drift table, cold (reads every column)', ms: inWorker.ms, target: null });
  const pool = new SourcePool(path.join(dataDir, 'evidence'));
  const open = (id: string) => pool.get(id, path.basename(file));
  const onMain = await loopDelay(() => queryDrift(open(evidenceId), driftInput, open));
  pool.closeAll();
  await warm('drift table over all columns', 300, drift);
  await warm('time series, confidence quantiles per bucket', null, () =>
    service.timeSeries(
      timeSeriesInputSchema.parse({ evidenceId, column: 'confidence', agg: 'quantiles' }),
    ),
  );
  await warm('column summary, all columns', null, () => service.columnSummary(evidenceId));

  const amountCol = evidence.columns.findIndex((c) => c.name === 'amount');
  const sqlHist = raw.prepare(
    `SELECT c${timeCol} >= ? AS incident, CAST((c${amountCol} - ?) / ? AS INTEGER) AS bin, count(*)
     FROM rows WHERE (c${timeCol} >= ? AND c${timeCol} < ?) OR (c${timeCol} >= ? AND c${timeCol} < ?)
     GROUP BY incident, bin`,
  );
  const t = (w: { start: string; end: string }) => [Date.parse(w.start), Date.parse(w.end)];
  await warm('reference: plain SQL GROUP BY histogram (both windows)', null, () =>
    sqlHist
      .raw()
      .all(
        Date.parse(windows.incident.start),
        0,
        50,
        ...t(windows.baseline),
        ...t(windows.incident),
      ),
  );

  const ours = lines.find((l) => l.what.startsWith('histogram of one column'))?.ms ?? NaN;
  const reference = lines.at(-1)?.ms ?? NaN;
  console.log(
    `histogram: ours ${ours.toFixed(1)} ms vs SQL GROUP BY ${reference.toFixed(1)} ms (${(reference / ours).toFixed(0)}x)`,
  );
  const table = await drift();
  console.log(
    `main thread's longest event-loop stall during a cold drift table: ${inWorker.maxDelayMs.toFixed(1)} ms with the worker (drift ${inWorker.ms.toFixed(0)} ms), ${onMain.maxDelayMs.toFixed(1)} ms run on the main thread (drift ${onMain.ms.toFixed(0)} ms)`,
  );
  console.log(
    `import: ${(importMs / 1000).toFixed(1)} s; drift: ${table.testedColumns} columns tested, baseline ${table.baselineRows} rows, incident ${table.incidentRows} rows`,
  );
  console.log(`resident memory after the run: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  const width = Math.max(...lines.map((l) => l.what.length));
  console.log(`${'question'.padEnd(width)}  ${'ms'.padStart(8)}  ${'target'.padStart(7)}  ratio`);
  for (const l of lines) {
    const ratio =
      l.target === null ? '' : `${(l.ms / l.target).toFixed(2)}${l.ms <= l.target ? '' : '  OVER'}`;
    console.log(
      `${l.what.padEnd(width)}  ${l.ms.toFixed(1).padStart(8)}  ${(l.target === null ? '-' : String(l.target)).padStart(7)}  ${ratio}`,
    );
  }
  raw.close();
  service.close();
  documents.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const figures = {
    bench: 'queries',
    rows,
    repeat,
    importMs: Math.round(importMs),
    histogramMs: round(ours),
    sqlGroupByMs: round(reference),
    coldDriftLoopDelayMs: {
      worker: round(inWorker.maxDelayMs),
      mainThread: round(onMain.maxDelayMs),
    },
    lines: lines.map((l) => ({ ...l, ms: round(l.ms) })),
  };
  console.log(`BENCH_JSON ${JSON.stringify(figures)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
