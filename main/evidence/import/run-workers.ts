// Runs an import's two workers (parse -> insert) with progress and cancel. The caller's thread only
// relays progress: no parsing or SQLite work happens on it.
import { MessageChannel, type Worker } from 'node:worker_threads';
import { cancelledError, ImportError, importErrorFrom } from './errors';
import type { DoneMessage, ParseInput, WorkerMessage } from './protocol';
import type { ImportProgress } from './types';
import { startImportWorker } from './worker-launch';

const MAX_INFLIGHT = 8;
const PROGRESS_EVERY_MS = 100;

export type ParseJob = Omit<ParseInput, 'role' | 'port' | 'inflight' | 'maxInflight'>;

function workerStopped(file: string, detail: string): ImportError {
  return new ImportError({
    code: 'internal',
    file,
    problem: `the import stopped unexpectedly (${detail}).`,
    hint: 'Import again; if it happens again, report it with the file.',
  });
}

/** Parses `job.filePath` into a fresh staging file; resolves once every row is stored. */
export function runImportWorkers(
  job: ParseJob,
  stagingPath: string,
  bytesTotal: number,
  signal: AbortSignal | undefined,
  onProgress: ((p: ImportProgress) => void) | undefined,
): Promise<DoneMessage> {
  const file = job.filePath;
  return new Promise<DoneMessage>((resolve, reject) => {
    const inflight = new SharedArrayBuffer(4);
    const { port1, port2 } = new MessageChannel();
    const inserter = startImportWorker(
      { role: 'insert', port: port2, stagingPath, columnCount: job.columnCount, inflight },
      [port2],
    );
    const parser = startImportWorker(
      { ...job, role: 'parse', port: port1, inflight, maxInflight: MAX_INFLIGHT },
      [port1],
    );
    const started = performance.now();
    let lastReport = 0;
    let settled = false;

    // Both workers are stopped before the promise settles, so the caller may delete the file.
    const finish = (err: ImportError | null, done?: DoneMessage): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void Promise.all([parser.terminate(), inserter.terminate()]).then(() => {
        if (err) reject(err);
        else resolve(done as DoneMessage);
      });
    };
    const onAbort = (): void => finish(cancelledError(file));
    signal?.addEventListener('abort', onAbort, { once: true });

    const report = (rows: number, bytesDone: number, force: boolean): void => {
      if (!onProgress) return;
      const now = performance.now();
      if (!force && now - lastReport < PROGRESS_EVERY_MS) return;
      lastReport = now;
      const elapsedMs = now - started;
      onProgress({
        bytesDone,
        bytesTotal,
        rows,
        rowsPerSecond: elapsedMs > 0 ? Math.round((rows * 1000) / elapsedMs) : 0,
        elapsedMs: Math.round(elapsedMs),
      });
    };

    const onMessage = (m: WorkerMessage): void => {
      if (settled) return;
      if (m.type === 'progress') report(m.rows, m.bytesDone, false);
      else if (m.type === 'done') {
        report(m.rowCount, bytesTotal, true);
        finish(null, m);
      } else finish(importErrorFrom(file, m.error));
    };
    const watch = (w: Worker, exitIsNormal: boolean): void => {
      w.on('message', onMessage);
      w.on('error', (e) => finish(workerStopped(file, e.message)));
      // Messages posted just before a worker ends may still be queued: let them land first.
      w.on('exit', (code) => {
        if (!exitIsNormal || code !== 0)
          setImmediate(() => finish(workerStopped(file, `exit code ${code}`)));
      });
    };
    watch(parser, true);
    watch(inserter, false);
    if (signal?.aborted) onAbort();
  });
}
