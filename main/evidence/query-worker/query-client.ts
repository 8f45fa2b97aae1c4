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

/** Source and bundle of the worker (scripts/build-main.mjs, electron-builder.yml asarUnpack). */
export const QUERY_WORKER = {
  source: '../query-worker/query-worker.ts',
  bundled: 'evidence-query-worker.cjs',
};

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;

/**
 * The main thread's side of the evidence query worker: started on the first query, it relays
 * each question and its answer. A worker that dies fails the questions in flight with a clear
 * 'unavailable' error, and the next question starts a new one (its caches start empty).
 */
export class QueryClient {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly data: QueryWorkerData) {}

  query<M extends QueryMethod>(
    method: M,
    input: QueryMethods[M]['input'],
    files: Record<string, FileRef>,
  ): Promise<QueryMethods[M]['result']> {
    return this.send({ type: 'query', method, input, files }) as Promise<
      QueryMethods[M]['result']
    >;
  }

  /** Closes an evidence file in the worker (before it is deleted); nothing to do if none runs. */
  async drop(evidenceId: string): Promise<void> {
    if (!this.worker) return;
    await this.send({ type: 'drop', evidenceId });
  }

  /**
   * Stops the worker now: its open files close, questions in flight fail as 'unavailable', and
   * the next question starts a new worker. close() uses it; tests use it to play a crash.
   */
  async terminate(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.stopped(worker, 'it was stopped');
    await worker.terminate();
  }

  private send(request: Distribute<QueryRequest>): Promise<unknown> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Keeps the process alive only while an answer is awaited (the command line must exit).
      worker.ref();
      worker.postMessage({ ...request, id });
    });
  }

  private start(): Worker {
    const worker = startWorker(QUERY_WORKER, { workerData: this.data });
    worker.unref();
    let failure: string | null = null;
    worker.on('message', (reply: QueryReply) => {
      const pending = this.pending.get(reply.id);
      if (!pending) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(deserializeError(reply.error));
    });
    worker.on('error', (error) => {
      failure = error instanceof Error ? error.message : String(error);
    });
    worker.on('exit', (code) => {
      this.stopped(worker, failure ?? `it exited with code ${code}`);
    });
    this.worker = worker;
    return worker;
  }

  private stopped(worker: Worker, reason: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const error = new AppError(
      'unavailable',
      `The evidence query stopped before answering (${reason}). Ask again: the files will be reopened.`,
    );
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
