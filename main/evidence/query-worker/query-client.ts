import type { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/contract/errors';
import { startWorker } from '../import/worker-launch';
import {
  deserializeError,
  type FileRef,
  type QueryMethod,
  type QueryMethods,
  type QueryReply,
  type QueryRequest,
  type QueryWorkerData,
} from './protocol';

/** Source and bundle of the worker (listed in scripts/bundles.mjs, which the build and the packaging read). */
export const QUERY_WORKER = {
  source: '../query-worker/query-worker.ts',
  bundled: 'evidence-query-worker.cjs',
};

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** One started worker and the questions it has not answered yet. */
interface Running {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Resolves when the thread has ended, however it ended. */
  exited: Promise<void>;
}

/** How long stop() lets the worker finish its current question and close its files. */
const STOP_GRACE_MS = 10_000;

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;

/**
 * The main thread's side of the evidence query worker: started on the first query, it relays
 * each question and its answer. A worker that dies fails the questions in flight with a clear
 * 'unavailable' error, and the next question starts a new one (its caches start empty).
 */
export class QueryClient {
  private running: Running | null = null;
  private nextId = 1;

  constructor(private readonly data: QueryWorkerData) {}

  query<M extends QueryMethod>(
    method: M,
    input: QueryMethods[M]['input'],
    files: Record<string, FileRef>,
  ): Promise<QueryMethods[M]['result']> {
    return this.send({ type: 'query', method, input, files }) as Promise<QueryMethods[M]['result']>;
  }

  /** Closes an evidence file in the worker (before it is deleted); nothing to do if none runs. */
  async drop(evidenceId: string): Promise<void> {
    if (!this.running) return;
    await this.send({ type: 'drop', evidenceId });
  }

  /** Reads a file's columns and writes its column cache (after an import): resolves when done. */
  async cache(evidenceId: string, file: string, timeZone?: string): Promise<void> {
    await this.send({
      type: 'cache',
      evidenceId,
      file,
      ...(timeZone === undefined ? {} : { timeZone }),
    });
  }

  /** Starts the worker ahead of the first question (its code loads in ~0.1 s from the bundle). */
  async warmUp(): Promise<void> {
    await this.send({ type: 'ping' });
  }

  /**
   * Stops the worker cleanly: it answers what it was asked before, closes its files between two
   * SQLite calls and ends. Only if that takes longer than STOP_GRACE_MS is it terminated. Await it
   * before the process exits: a thread torn down inside a SQLite call can abort the process.
   */
  async stop(): Promise<void> {
    const running = this.running;
    if (!running) return;
    this.running = null;
    running.worker.ref();
    running.worker.postMessage({ type: 'close', id: this.nextId++ } satisfies QueryRequest);
    const timer = setTimeout(() => void running.worker.terminate(), STOP_GRACE_MS);
    await running.exited;
    clearTimeout(timer);
  }

  /**
   * Stops the worker as a crash would: its open files close, questions in flight fail as
   * 'unavailable', and the next question starts a new worker. Tests use it.
   */
  async terminate(): Promise<void> {
    const running = this.running;
    if (!running) return;
    this.running = null;
    await running.worker.terminate();
  }

  private send(request: Distribute<QueryRequest>): Promise<unknown> {
    const running = this.running ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      running.pending.set(id, { resolve, reject });
      // Keeps the process alive only while an answer is awaited (the command line must exit).
      running.worker.ref();
      running.worker.postMessage({ ...request, id });
    });
  }

  private start(): Running {
    const worker = startWorker(QUERY_WORKER, { workerData: this.data });
    const running: Running = {
      worker,
      pending: new Map(),
      exited: new Promise((resolve) => worker.once('exit', () => resolve())),
    };
    worker.unref();
    let failure: string | null = null;
    worker.on('message', (reply: QueryReply) => {
      const pending = running.pending.get(reply.id);
      if (!pending) return;
      running.pending.delete(reply.id);
      if (running.pending.size === 0) worker.unref();
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(deserializeError(reply.error));
    });
    worker.on('error', (error) => {
      failure = error instanceof Error ? error.message : String(error);
    });
    worker.on('exit', (code) => {
      if (this.running === running) this.running = null;
      const error = new AppError(
        'unavailable',
        `The evidence query stopped before answering (${failure ?? `its worker exited with code ${code}`}). Ask again: the files will be reopened.`,
      );
      for (const pending of running.pending.values()) pending.reject(error);
      running.pending.clear();
    });
    this.running = running;
    return running;
  }
}
