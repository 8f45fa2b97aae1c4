// Runs the parsing worker and inserts its batches on this thread, with progress and cancel.
import { cancelledError, ImportError, importErrorFrom } from './errors';
import type { StagingWriter } from './evidence-file';
import type { DoneMessage, WorkerInput, WorkerMessage } from './protocol';
import type { ImportProgress } from './types';
import { startParseWorker } from './worker-launch';

const MAX_INFLIGHT = 4;
const PROGRESS_EVERY_MS = 100;

export function runParse(
  file: string,
  input: Omit<WorkerInput, 'inflight' | 'maxInflight'>,
  writer: StagingWriter,
  bytesTotal: number,
  signal: AbortSignal | undefined,
  onProgress: ((p: ImportProgress) => void) | undefined,
): Promise<DoneMessage> {
  return new Promise<DoneMessage>((resolve, reject) => {
    const inflightBuf = new SharedArrayBuffer(4);
    const inflight = new Int32Array(inflightBuf);
    const worker = startParseWorker({ ...input, inflight: inflightBuf, maxInflight: MAX_INFLIGHT });
    const started = performance.now();
    let lastReport = 0;
    let settled = false;

    const finish = (err: ImportError | null, done?: DoneMessage): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      if (err) reject(err);
      else resolve(done as DoneMessage);
    };
    const onAbort = (): void => finish(cancelledError(file));
    signal?.addEventListener('abort', onAbort, { once: true });

    const report = (bytesDone: number, force: boolean): void => {
      if (!onProgress) return;
      const now = performance.now();
      if (!force && now - lastReport < PROGRESS_EVERY_MS) return;
      lastReport = now;
      const elapsedMs = now - started;
      const rows = writer.rowsWritten;
      onProgress({
        bytesDone,
        bytesTotal,
        rows,
        rowsPerSecond: elapsedMs > 0 ? Math.round((rows * 1000) / elapsedMs) : 0,
        elapsedMs: Math.round(elapsedMs),
      });
    };

    worker.on('message', (m: WorkerMessage) => {
      if (settled) return;
      try {
        if (m.type === 'batch') {
          writer.insert(m);
          Atomics.sub(inflight, 0, 1);
          Atomics.notify(inflight, 0);
          report(m.bytesDone, false);
        } else if (m.type === 'done') {
          report(bytesTotal, true);
          finish(null, m);
        } else {
          finish(importErrorFrom(file, m.error));
        }
      } catch (e) {
        finish(
          new ImportError({
            code: 'internal',
            file,
            problem: `storing the rows failed (${e instanceof Error ? e.message : String(e)}).`,
            hint: 'Check that the disk has free space, then import again.',
          }),
        );
      }
    });
    worker.on('error', (e) =>
      finish(
        new ImportError({
          code: 'internal',
          file,
          problem: `the CSV reader stopped unexpectedly (${e.message}).`,
          hint: 'Import again; if it happens again, report it with the file.',
        }),
      ),
    );
    // Messages posted just before the worker ends may still be queued: let them land first.
    worker.on('exit', () =>
      setImmediate(() =>
        finish(
          new ImportError({
            code: 'internal',
            file,
            problem: 'the CSV reader stopped before the end of the file.',
            hint: 'Import again; if it happens again, report it with the file.',
          }),
        ),
      ),
    );
    if (signal?.aborted) onAbort();
  });
}
